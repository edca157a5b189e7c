import type { Settings } from '../src/shared/settings-schema';
import { expect, test } from './support/extension';
import { OPTIONS, openAt, POPUP, request } from './support/open-at';

// A Thursday, at noon UTC so the day is the same in any zone the machine may have.
const THURSDAY = '2026-03-05T12:00:00Z';
const THURSDAY_EVENING = '2026-03-05T17:30:00Z';
const FRIDAY = '2026-03-06T12:00:00Z';

test('the checklist has every item; logging a post with a theme hashtag ticks the theme', async ({
  context,
  extensionId,
}) => {
  const popup = await openAt(context, extensionId, POPUP, THURSDAY);
  for (const id of ['theme', 'comments', 'mix', 'cadence', 'unusual-day', 'local-events']) {
    await expect(popup.locator(`[data-check="${id}"]`)).toHaveAttribute('data-done', /^(true|false)$/);
  }
  const theme = popup.locator('[data-check="theme"]');
  await expect(theme).toHaveAttribute('data-done', 'false');
  await expect(theme.locator('[data-hashtag]')).toHaveText([
    '#ThrowbackThursday',
    '#ThoughtfulThursday',
    '#ThankfulThursday',
  ]);
  await expect(popup.locator('[data-check="comments"]')).toHaveAttribute('data-done', 'true');
  await expect(popup.locator('[data-check="cadence"] [data-network="x"]')).toContainText('X: 5 of 5 left');
  const week = popup.locator('[data-section="week"] li');
  await expect(week).toHaveCount(7);
  await expect(week.first()).toHaveAttribute('data-date', '2026-03-05');

  await popup.getByText('Log a post').click();
  await popup.getByLabel('Network').selectOption('x');
  await popup.getByLabel('Format').selectOption('image');
  await popup.getByLabel('Hashtags').fill('#throwbackthursday');
  await popup.getByRole('button', { name: 'Log post' }).click();
  await expect(popup.getByRole('status')).toHaveText('Post logged');

  await expect(theme).toHaveAttribute('data-done', 'true');
  await expect(popup.locator('[data-check="cadence"] [data-network="x"]')).toContainText('X: 4 of 5 left');
  await expect(popup.locator('[data-check="mix"]')).toHaveAttribute('data-done', 'true');
  await expect(week.first()).toHaveAttribute('data-posted', 'true');
});

test('a theme change and a cap change in the options show in the popup', async ({ context, extensionId }) => {
  const options = await openAt(context, extensionId, OPTIONS, THURSDAY);
  await options.getByLabel('Thursday hashtags').fill('#AcmeThursday');
  await options.getByLabel('X daily cap').fill('2');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved');

  const popup = await openAt(context, extensionId, POPUP, THURSDAY);
  await expect(popup.locator('[data-section="theme"] [data-hashtag]')).toHaveText(['#AcmeThursday']);
  const x = popup.locator('[data-check="cadence"] [data-network="x"]');
  await expect(x).toHaveAttribute('data-left', '2');
  await expect(x).toContainText('X: 2 of 2 left');
});

test('recurring tasks are ticked by hand, kept across reopenings, and fresh the next day', async ({
  context,
  extensionId,
}) => {
  const options = await openAt(context, extensionId, OPTIONS, THURSDAY);
  await options.getByRole('button', { name: 'Add a task' }).click();
  await options.getByLabel('Task 1').fill('Check mentions');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved');

  const task = (page: typeof options) => page.locator('[data-check^="task:"]');
  let popup = await openAt(context, extensionId, POPUP, THURSDAY);
  await expect(task(popup)).toHaveAttribute('data-done', 'false');
  await popup.getByRole('checkbox', { name: 'Check mentions' }).check();
  await expect(task(popup)).toHaveAttribute('data-done', 'true');
  await popup.close();

  popup = await openAt(context, extensionId, POPUP, THURSDAY_EVENING);
  await expect(task(popup)).toHaveAttribute('data-done', 'true');
  await expect(popup.getByRole('checkbox', { name: 'Check mentions' })).toBeChecked();
  await popup.close();

  popup = await openAt(context, extensionId, POPUP, FRIDAY);
  await expect(task(popup)).toHaveAttribute('data-done', 'false');
  await popup.close();

  popup = await openAt(context, extensionId, POPUP, THURSDAY);
  await expect(task(popup)).toHaveAttribute('data-done', 'true');
});

test('comments awaiting and overdue per network, and answer times against the target', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage(POPUP);
  const now = Date.now();
  const seen = (id: string, network: string, writtenAt: number) => ({
    id: `${network}:${id}`,
    network,
    author: '@ana',
    excerpt: 'Where is my order?',
    writtenAt,
    pageUrl: `https://example.test/${network}`,
    answeredByBrand: false,
  });
  await request(page, 'comments.seen', {
    pageUrl: 'https://example.test/x',
    comments: [
      seen('old', 'x', now - 10 * 86_400_000),
      seen('older', 'x', now - 11 * 86_400_000),
      seen('other', 'vk', now - 12 * 86_400_000),
    ],
  });
  await request(page, 'comments.mark', { id: 'vk:other', status: 'answered' });

  const popup = await openExtensionPage(POPUP);
  const item = popup.locator('[data-check="comments"]');
  await expect(item).toHaveAttribute('data-done', 'false');
  await expect(item).toContainText('Answer the comments awaiting: 2');
  await expect(item.locator('.overdue')).toHaveText('2 overdue');
  const x = popup.locator('[data-section="comments"] [data-network="x"]');
  await expect(x).toHaveAttribute('data-awaiting', '2');
  await expect(x).toHaveAttribute('data-overdue', '2');
  await expect(x.getByRole('link')).toHaveAttribute('href', 'https://x.com/notifications');
  await expect(popup.locator('[data-section="comments"] [data-network="vk"]')).toHaveCount(0);
  await expect(popup.locator('[data-role="answer-times"] [data-days="7"]')).toContainText('average');
  await expect(popup.locator('[data-role="answer-times"] [data-days="30"]')).toContainText('1 answered');
});

test('the active brand is switched from the popup', async ({ openExtensionPage }) => {
  const options = await openExtensionPage(OPTIONS);
  await options.getByRole('button', { name: 'Add a brand' }).click();
  await options.getByLabel('Brand name').fill('Second brand');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved');

  // A brand added in the options is edited there; the active brand stays until the user switches.
  const popup = await openExtensionPage(POPUP);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('My brand');
  await popup.getByLabel('Brand', { exact: true }).selectOption({ label: 'Second brand' });
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Second brand');
  const settings = await request<Settings>(popup, 'settings.get');
  expect(settings.activeBrandId).toBe(settings.brands.find((brand) => brand.name === 'Second brand')?.id);
});
