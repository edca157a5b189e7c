import type { Page, Worker } from '@playwright/test';
import { expectedThreads } from './fixtures/expected-threads';
import { fixtureSelectors } from './fixtures/selectors';
import { expect, test } from './support/extension';
import { fixturePages, serveFixtures, waitForFixture } from './support/fixtures';
import { request } from './support/open-at';
import { updateSettings } from './support/settings';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'SMM assistant' });
const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const awaitingOnX = expectedThreads.x.comments.filter((comment) => !comment.answeredByBrand);

test('no X handle named: nothing tracked, the panel asks for it and links to the field', async ({
  context,
  openExtensionPage,
  serviceWorker,
}) => {
  const popup = await openExtensionPage('src/ui/popup/index.html');
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.x.url);
  await waitForFixture(page);
  await page.locator(fixtureSelectors.x.composer).first().click();

  const panel = panelOf(page);
  const notice = panel.locator('[data-notice="account-missing"][data-network="x"]');
  await expect(notice).toContainText('Tell me your X handle to track replies');
  await expect(panel.locator('[data-section="unanswered"]')).toHaveAttribute('data-count', '0');
  const summary = await request<{ summary: { awaiting: number } }>(popup, 'comments.summary', {
    allBrands: true,
  });
  expect(summary.summary.awaiting).toBe(0);
  expect(await badgeText(serviceWorker)).toBe('');

  // The link opens the options at the X handle field.
  const [options] = await Promise.all([
    context.waitForEvent('page'),
    notice.locator('[data-action="name-account"]').click(),
  ]);
  await expect(options).toHaveURL(/options\/index\.html#f-accounts_x$/);
  await expect(options.getByLabel('X handle')).toBeFocused();

  // Named: the brand's own thread counts exactly its unanswered replies, and the notice goes.
  await updateSettings(popup, (settings) => {
    settings.brands[0].accounts.x = ['acmebrand'];
  });
  await expect(panel.locator('[data-section="unanswered"]')).toHaveAttribute(
    'data-count',
    String(awaitingOnX.length),
  );
  await expect(notice).toHaveCount(0);
  await expect.poll(() => badgeText(serviceWorker)).toBe(String(awaitingOnX.length));
});

test('the panel advises for the brand the page is signed in as; switching brands counts theirs', async ({
  context,
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('src/ui/popup/index.html');
  await updateSettings(popup, (settings) => {
    const second = structuredClone(settings.brands[0]);
    second.id = 'brand-2';
    second.name = 'Acme Coffee';
    second.accounts = { x: ['@AcmeBrand'] };
    settings.brands.push(second);
    // The active brand has no X account: the signed-in account picks the other one.
    settings.activeBrandId = settings.brands[0].id;
  });
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.x.url);
  await waitForFixture(page);
  await page.locator(fixtureSelectors.x.composer).first().click();

  const panel = panelOf(page);
  await expect(panel.locator('[data-brand="brand-2"]')).toHaveText('Acme Coffee');
  const section = panel.locator('[data-section="unanswered"]');
  await expect(section).toHaveAttribute('data-count', String(awaitingOnX.length));
  await expect(panel.locator('[data-notice="account-missing"]')).toHaveCount(0);

  // Another brand: none of these comments are its own, and it has no X account to track with.
  const other = await request<{ brands: { id: string }[] }>(popup, 'settings.get', {});
  // Panel actions take trusted events only: the keyboard, as a user switches a select.
  const picker = panel.locator('[data-action="choose-brand"]');
  await picker.focus();
  await page.keyboard.press('ArrowUp');
  await expect(picker).toHaveValue(other.brands[0].id);
  await expect(panel.locator(`[data-brand="${other.brands[0].id}"]`)).toBeVisible();
  await expect(section).toHaveAttribute('data-count', '0');
  await expect(panel.locator('[data-notice="account-missing"]')).toBeVisible();

  // The comments stay the brand's they were seen for.
  const all = await request<{ summary: { awaiting: number } }>(popup, 'comments.summary', {
    allBrands: true,
  });
  expect(all.summary.awaiting).toBe(awaitingOnX.length);
});
