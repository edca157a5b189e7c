import type { Page, Worker } from '@playwright/test';
import type { Network } from '../src/shared/networks';
import { expectedThreads } from './fixtures/expected-threads';
import { fixtureSelectors } from './fixtures/selectors';
import { expect, test } from './support/extension';
import { fixturePages, serveFixtures, waitForFixture } from './support/fixtures';
import { updateSettings } from './support/settings';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'SMM assistant' });
const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

const brandAccounts: Partial<Record<Network, string>> = {
  x: 'acmebrand',
  facebook: 'acmebrand',
  instagram: 'acmebrand',
  mastodon: 'acmebrand@mastodon.social',
};

for (const network of ['x', 'facebook', 'instagram', 'mastodon'] as const) {
  test(`${network}: awaiting comments, overdue, mark answered updates panel and badge`, async ({
    context,
    openExtensionPage,
    serviceWorker,
  }) => {
    const extensionPage = await openExtensionPage('src/ui/popup/index.html');
    await updateSettings(extensionPage, (settings) => {
      settings.brands[0].accounts[network] = [brandAccounts[network] as string];
    });
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(fixturePages[network].url);
    await waitForFixture(page);
    await page.locator(fixtureSelectors[network].composer).first().click();

    const expected = expectedThreads[network].comments;
    const awaiting = expected.filter((comment) => !comment.answeredByBrand);
    const section = panelOf(page).locator('[data-section="unanswered"]');
    await expect(section).toHaveAttribute('data-count', String(awaiting.length));
    await expect.poll(() => badgeText(serviceWorker)).toBe(String(awaiting.length));

    // Comments dated by the page (2025) are long past their deadline; undated ones start now.
    const first = section.locator(`[data-comment-id="${network}:${awaiting[0].id}"]`);
    await expect(first).toHaveAttribute('data-overdue', awaiting[0].writtenAt ? 'true' : 'false');
    if (awaiting[0].writtenAt) {
      const color = await serviceWorker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
      expect(color.slice(0, 3)).toEqual([217, 48, 37]);
    }

    await first.locator('[data-action="mark-answered"]').click();
    await expect(section).toHaveAttribute('data-count', String(awaiting.length - 1));
    await expect(first).toHaveCount(0);
    await expect
      .poll(() => badgeText(serviceWorker))
      .toBe(awaiting.length - 1 ? String(awaiting.length - 1) : '');

    // The popup counts the same.
    const popup = await openExtensionPage('src/ui/popup/index.html');
    await expect(popup.locator(`[data-section="comments"] [data-network="${network}"]`)).toHaveAttribute(
      'data-awaiting',
      String(awaiting.length - 1),
    );
    await popup.close();

    // A reload sees the same comments again: still one record each, the user's choice kept.
    await page.reload();
    await waitForFixture(page);
    await page.locator(fixtureSelectors[network].composer).first().click();
    await expect(section).toHaveAttribute('data-count', String(awaiting.length - 1));
  });
}

test("the delete guard holds a delete of someone else's comment until the user confirms", async ({
  context,
  openExtensionPage,
}) => {
  const extensionPage = await openExtensionPage('src/ui/popup/index.html');
  await updateSettings(extensionPage, (settings) => {
    settings.brands[0].accounts.facebook = ['acmebrand'];
  });
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.facebook.url);
  await waitForFixture(page);
  const bruno = page.locator('div[role="article"][aria-label^="Comment by Bruno"]');
  await bruno.locator('[aria-label="Hide or report this"]').click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();

  const reminder = panelOf(page).locator('[data-notice="delete-guard"]');
  await expect(reminder).toBeVisible();
  await expect(bruno).toHaveCount(1);
  await reminder.locator('[data-action="cancel-delete"]').click();
  await expect(reminder).toHaveCount(0);
  await expect(bruno).toHaveCount(1);

  await bruno.locator('[aria-label="Hide or report this"]').click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await reminder.locator('[data-action="delete-anyway"]').click();
  await expect(bruno).toHaveCount(0);

  // The brand's own reply is the brand's to delete: no reminder.
  const ownReply = page.locator('div[role="article"][aria-label^="Reply by Acme to Alice"]');
  await ownReply.locator('[aria-label="Edit or delete this"]').click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(ownReply).toHaveCount(0);
  await expect(reminder).toHaveCount(0);
});

test('jump brings the comment into view, highlighted, from the panel', async ({
  context,
  openExtensionPage,
}) => {
  const extensionPage = await openExtensionPage('src/ui/popup/index.html');
  await updateSettings(extensionPage, (settings) => {
    settings.brands[0].accounts.x = ['acmebrand'];
  });
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.x.url);
  await waitForFixture(page);
  await page.locator(fixtureSelectors.x.composer).first().click();
  const id = '1790000000000000103';
  // The highlight lasts two seconds: record what gets it, so a slow machine can't miss it.
  await page.evaluate(() => {
    const highlighted: string[] = [];
    (window as unknown as { highlighted: string[] }).highlighted = highlighted;
    new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target as Element;
        if (element.getAttribute('data-smm-highlight') === 'true') highlighted.push(element.outerHTML);
      }
    }).observe(document.body, { subtree: true, attributeFilter: ['data-smm-highlight'] });
  });
  await panelOf(page).locator(`[data-comment-id="x:${id}"] [data-action="jump"]`).click();
  const highlighted = () => page.evaluate(() => (window as unknown as { highlighted: string[] }).highlighted);
  await expect.poll(async () => (await highlighted()).length).toBe(1);
  // The tweet itself is highlighted, not the link that carries its id nor a neighbour.
  const [element] = await highlighted();
  expect(element).toMatch(/^<article[^>]*data-testid="tweet"/);
  expect(element).toContain(`/status/${id}`);
  expect(element).not.toContain('/status/1790000000000000104');
  await expect(page.locator(fixtureSelectors.x.comments.item(id))).toBeInViewport();
});

test('the communication policy names who answers a complaint and inserts its reply template', async ({
  context,
  openExtensionPage,
}) => {
  const extensionPage = await openExtensionPage('src/ui/popup/index.html');
  const template = 'We are sorry to hear that. Please send us your order number by DM and we will fix it.';
  await updateSettings(extensionPage, (settings) => {
    settings.brands[0].accounts.x = ['acmebrand'];
    settings.brands[0].communicationPolicy = [
      { category: 'complaint', person: 'Support team', deadlineHours: 2, guidance: '' },
    ];
    settings.brands[0].answers = [{ id: 'sorry', category: 'complaint', title: '', text: template }];
  });
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.x.url);
  await waitForFixture(page);
  await page.locator(fixtureSelectors.x.composer).first().click();
  // "My order arrived damaged, who do I contact?" is a complaint.
  const complaint = panelOf(page).locator('[data-comment-id="x:1790000000000000103"]');
  await expect(complaint).toContainText('Support team');
  await complaint.locator('[data-action="insert-template"]').click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { fixture: { text(): string } }).fixture.text()))
    .toBe(template);
});
