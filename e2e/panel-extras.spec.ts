import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fixtureSelectors } from './fixtures/selectors';
import { expect, test } from './support/extension';
import { fixturePages, fixtureText, serveFixtures, waitForFixture } from './support/fixtures';
import { ask, updateSettings } from './support/settings';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'SMM assistant' });

async function openX(page: Page) {
  await page.goto(fixturePages.x.pages.home.url);
  await waitForFixture(page);
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
}

/** Where the content script keeps the home composer's draft (composer-session.ts, `draftKey`). */
const draftKey = `x:post:${fixturePages.x.pages.home.url}`;

test('a draft lost to a reload is offered back and restored into the editor', async ({
  context,
  openExtensionPage,
}) => {
  // Three page loads and an extension page: more than the default minute on a busy machine.
  test.setTimeout(90_000);
  const extensionPage = await openExtensionPage('src/ui/popup/index.html');
  const savedDraft = () => ask(extensionPage, 'drafts.get', { key: draftKey });
  await serveFixtures(context);
  const page = await context.newPage();
  await openX(page);
  await page.keyboard.type('Half-written launch post');
  // Autosave waits for a pause in typing; the reload must come after the save is durable.
  await expect.poll(async () => (await savedDraft())?.text).toBe('Half-written launch post');
  await page.reload();
  await waitForFixture(page);
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
  const offer = panelOf(page).locator('[data-notice="restore-draft"]');
  await expect(offer).toContainText('Half-written launch post');
  await offer.locator('[data-action="restore-draft"]').click();
  await expect.poll(() => fixtureText(page)).toBe('Half-written launch post');
  await expect(offer).toHaveCount(0);

  // Published, the draft is gone for good: cleared in storage before the page reloads.
  await page.locator('[data-testid="tweetButtonInline"]').click();
  await expect.poll(() => savedDraft()).toBeNull();
  await page.reload();
  await waitForFixture(page);
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
  // The control: the advice on screen was asked for after the saved draft, by the same session.
  await expect(
    panelOf(page).locator('[data-section="suggestions"] [data-action="insert-hashtag"]').first(),
  ).toBeVisible();
  await expect(offer).toHaveCount(0);
});

test('the panel docks beside the composer without covering it or its post button', async ({ context }) => {
  await serveFixtures(context);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(fixturePages.x.url);
  await waitForFixture(page);
  const composer = page.locator(fixtureSelectors.x.composer).first();
  await composer.click();
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  const overlaps = async () => {
    const host = await page.locator('smm-assistant').boundingBox();
    const boxes = [
      await composer.boundingBox(),
      await page.locator(fixtureSelectors.x.post).first().boundingBox(),
    ];
    return boxes.some(
      (box) =>
        host &&
        box &&
        host.x < box.x + box.width &&
        box.x < host.x + host.width &&
        host.y < box.y + box.height &&
        box.y < host.y + host.height,
    );
  };
  await expect.poll(overlaps).toBe(false);
  // A narrow window folds the panel into a corner tab.
  await page.setViewportSize({ width: 500, height: 800 });
  await expect(page.locator('smm-assistant')).toHaveAttribute('data-dock', 'corner');
  await expect(panel).toHaveAttribute('data-collapsed', 'true');
});

test('axe finds no violations in the panel, light and dark', async ({ context, openExtensionPage }) => {
  const extensionPage = await openExtensionPage('src/ui/popup/index.html');
  await updateSettings(extensionPage, (settings) => {
    settings.brands[0].accounts.x = ['acmebrand'];
  });
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.x.url);
  await waitForFixture(page);
  await page.locator(fixtureSelectors.x.composer).first().click();
  await page.keyboard.type('WHY is this so bad!!! see bit.ly/x #a #b #c');
  const panel = panelOf(page);
  await expect(panel.locator('[data-finding]').first()).toBeVisible();
  await expect(panel.locator('[data-section="unanswered"] [data-comment-id]').first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('smm-assistant').analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  }
});
