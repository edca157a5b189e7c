/**
 * Private messages are never ours: Messenger's composer, on its own page of facebook.com or in a
 * chat box over the feed, gets no panel, its text is never saved as a draft, and a message sent
 * from it is not logged as a post. Each test first proves the content script is at work on the
 * page (a composer of ours beside it, or in another tab, is saved), so that nothing saved means
 * nothing was taken, not that nothing was running yet.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { fixturePages, serveFixtures, waitForFixture } from './support/fixtures';
import { OPTIONS, request } from './support/open-at';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'SMM assistant' });
const messengerBox = (page: Page) => page.locator('[aria-label="Thread composer"] [role="textbox"]');
const commentBox = (page: Page) => page.getByRole('textbox', { name: 'Write a comment…' });

async function savedDrafts(options: Page): Promise<string[]> {
  const page = await request<{ records: { text: string }[] }>(options, 'backup.page', { store: 'drafts' });
  return page.records.map((draft) => draft.text).sort();
}
const loggedPosts = (options: Page) => request<unknown[]>(options, 'posts.since', { since: 0 });

/** True once a live content script answers on the page (single-instance.ts's hello). */
const contentScriptLive = (page: Page) =>
  page.evaluate(() => !document.dispatchEvent(new CustomEvent('smm-assistant:hello', { cancelable: true })));

test('a Messenger chat box over the Facebook feed gets no panel, and nothing of it is saved', async ({
  context,
  openExtensionPage,
}) => {
  await serveFixtures(context);
  const options = await openExtensionPage(OPTIONS);
  const page = await context.newPage();
  await page.goto(fixturePages.facebook.pages.home.url);
  await waitForFixture(page);

  await commentBox(page).click();
  await expect(panelOf(page)).toBeVisible();
  await page.keyboard.type('Love it');
  await expect.poll(() => savedDrafts(options)).toEqual(['Love it']);

  // The open panel, docked beside the comment box, can reach over the chat box in the corner (the
  // notice asking for the brand's page makes it tall): the user folds it, as they would.
  await panelOf(page).locator('[data-action="toggle-collapsed"]').click();
  await expect(panelOf(page)).toHaveAttribute('data-collapsed', 'true');
  await messengerBox(page).click();
  await page.keyboard.type('My order number is 4711, my address is private');
  await page.keyboard.press('Enter');
  await expect(messengerBox(page)).toHaveText('');
  await page.keyboard.type('And an unsent second message');

  // Back in the comment box: its next save comes after anything the chat box could have caused.
  await commentBox(page).click();
  await page.keyboard.type(' so much');
  await expect.poll(() => savedDrafts(options)).toEqual(['Love it so much']);
  expect(await loggedPosts(options)).toEqual([]);
});

test('a Messenger conversation on facebook.com gets no panel, and nothing of it is saved', async ({
  context,
  openExtensionPage,
}) => {
  await serveFixtures(context);
  const options = await openExtensionPage(OPTIONS);
  const messages = await context.newPage();
  await messages.goto(fixturePages.facebook.pages.messages.url);
  await waitForFixture(messages);
  await expect.poll(() => contentScriptLive(messages)).toBe(true);

  await messengerBox(messages).click();
  await messages.keyboard.type('Here is my phone number: 06 12 34 56 78');
  await messages.keyboard.press('Enter');
  await expect(messengerBox(messages)).toHaveText('');
  await messengerBox(messages).click();
  await messages.keyboard.type('And an unsent second message');

  // Another tab of Facebook, a composer of ours: its draft is saved well after the message box's would be.
  const feed = await context.newPage();
  await feed.goto(fixturePages.facebook.pages.home.url);
  await waitForFixture(feed);
  await commentBox(feed).click();
  await feed.keyboard.type('A comment');
  await expect.poll(() => savedDrafts(options)).toEqual(['A comment']);

  await expect(messages.locator('smm-assistant')).toHaveCount(0);
  expect(await loggedPosts(options)).toEqual([]);
});
