import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fixtureSelectors } from './fixtures/selectors';
import { expect, test } from './support/extension';
import { fixturePages, serveFixtures, waitForFixture } from './support/fixtures';
import { OPTIONS, POPUP, request } from './support/open-at';
import { updateSettings } from './support/settings';

/** axe's findings on the page, or only inside `include` (the panel, not the network's page). */
async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

// axe walks every node of the long options page (colour contrast above all): give it time.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the popup and the options page (${colorScheme})`, async ({
    openExtensionPage,
  }) => {
    const options = await openExtensionPage(OPTIONS);
    await options.emulateMedia({ colorScheme });
    // Lists filled, so their controls are checked too; one error shown, so the alert is too.
    await options.getByRole('button', { name: 'Add a brand' }).click();
    await options.getByRole('button', { name: 'Add a task' }).click();
    await options.getByRole('button', { name: 'Add a line' }).click();
    await options.getByRole('button', { name: 'Add an event' }).click();
    await options.getByRole('button', { name: 'Add a custom day' }).click();
    await options.getByLabel('Custom day 1 date').fill('13-45');
    await expect(options.getByRole('alert')).toContainText('customDays[0]');
    expect(await violations(options)).toEqual([]);

    await request(options, 'comments.seen', {
      pageUrl: 'https://example.test/x',
      comments: [
        {
          id: 'x:1',
          network: 'x',
          author: '@ana',
          excerpt: 'Hello?',
          writtenAt: Date.now() - 3 * 86_400_000,
          pageUrl: 'https://example.test/x',
          answeredByBrand: false,
        },
      ],
    });
    const popup = await openExtensionPage(POPUP);
    await popup.emulateMedia({ colorScheme });
    await expect(popup.locator('[data-check="comments"]')).toHaveAttribute('data-done', 'false');
    await popup.getByText('Log a post').click();
    expect(await violations(popup)).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the panel, with advice and comments (${colorScheme})`, async ({
    context,
    openExtensionPage,
  }) => {
    await updateSettings(await openExtensionPage(POPUP), (settings) => {
      settings.brands[0].accounts.x = ['acmebrand'];
    });
    await serveFixtures(context);
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(fixturePages.x.url);
    await waitForFixture(page);
    await page.locator(fixtureSelectors.x.composer).first().click();
    await page.keyboard.type('Our scarves are back https://bit.ly/acme-scarves');
    const panel = page.getByRole('complementary', { name: 'SMM assistant' });
    await expect(panel.locator('[data-finding^="links."]').first()).toBeVisible();
    await expect(panel.locator('[data-section="unanswered"] [data-comment-id]').first()).toBeVisible();
    expect(await violations(page, 'smm-assistant')).toEqual([]);
  });
}

test('the popup and the options page are usable with the keyboard alone', async ({ openExtensionPage }) => {
  const options = await openExtensionPage(OPTIONS);
  await options.getByLabel('Brand name').focus();
  await options.keyboard.press('Control+A');
  await options.keyboard.type('Keyboard brand');
  // Every control is reachable by Tab; Save is the last one before the page's end.
  await options.locator('[data-action="save-settings"]').focus();
  await options.keyboard.press('Enter');
  await expect(options.getByRole('status')).toHaveText('Saved');
  expect(await options.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
    'save-settings',
  );
  const outline = await options.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');

  const popup = await openExtensionPage(POPUP);
  await popup.bringToFront();
  await expect(popup.locator('[data-check="theme"]')).toBeVisible();
  await popup.keyboard.press('Tab');
  expect(await popup.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  // "Log a post" opens from the keyboard, and its form is reachable.
  await popup.getByText('Log a post').focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByLabel('Network')).toBeVisible();
});
