import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { fixturePages, serveFixtures, waitForFixture } from './support/fixtures';
import { OPTIONS, request } from './support/open-at';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'SMM assistant' });
const offerIn = (page: Page) => panelOf(page).locator('[data-notice="restore-draft"]');

async function openHome(page: Page) {
  await page.goto(fixturePages.x.pages.home.url);
  await waitForFixture(page);
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
}

/** The saved drafts' texts, as the background keeps them. */
async function savedDrafts(options: Page): Promise<string[]> {
  const page = await request<{ records: { text: string }[] }>(options, 'backup.page', { store: 'drafts' });
  return page.records.map((draft) => draft.text).sort();
}

test('two tabs of x.com/home keep their own drafts, and a new tab is offered the most recent', async ({
  context,
  openExtensionPage,
}) => {
  await serveFixtures(context);
  const options = await openExtensionPage(OPTIONS);

  const first = await context.newPage();
  await openHome(first);
  await first.keyboard.type('Draft of the first tab');
  await expect.poll(() => savedDrafts(options)).toEqual(['Draft of the first tab']);
  const second = await context.newPage();
  await openHome(second);
  await second.keyboard.type('Draft of the second tab');
  await expect
    .poll(() => savedDrafts(options))
    .toEqual(['Draft of the first tab', 'Draft of the second tab']);

  // A reload keeps the tab: each is offered its own draft, not the other's.
  await first.reload();
  await openHome(first);
  await expect(offerIn(first)).toContainText('Draft of the first tab');
  await second.reload();
  await openHome(second);
  await expect(offerIn(second)).toContainText('Draft of the second tab');

  // Both tabs closed: a new tab of the page is offered the most recent draft.
  await first.close();
  await second.close();
  const third = await context.newPage();
  await openHome(third);
  await expect(offerIn(third)).toContainText('Draft of the second tab');
});
