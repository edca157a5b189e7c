import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { fixturePages, fixtureText, serveFixtures, waitForFixture } from './support/fixtures';

const PANEL = 'smm-assistant';
const panelOf = (page: Page) => page.getByRole('complementary', { name: 'SMM assistant' });

/** What an update does to the extension: chrome://extensions's reload, in developer mode. */
async function reloadExtension(page: Page): Promise<void> {
  await page.goto('chrome://extensions');
  const devMode = page.locator('#devMode');
  if ((await devMode.getAttribute('aria-pressed')) !== 'true') await devMode.click();
  await page.locator('#dev-reload-button').click();
}

test('after an update, an open tab gets a live panel at once, keeps its draft and shows advice', async ({
  context,
  pageErrors,
}) => {
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.x.url);
  await waitForFixture(page);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Unsaved words');
  await expect(panelOf(page).locator('[data-role="character-count"]')).toHaveAttribute('data-count', '13');
  const oldPanel = await page.locator(PANEL).elementHandle();

  const extensions = await context.newPage();
  await reloadExtension(extensions);
  // The reloaded extension reaches the open tab: the dead copy's panel goes, a live one comes.
  await expect.poll(() => oldPanel?.evaluate((node) => node.isConnected)).toBe(false);
  await extensions.close();

  await page.bringToFront();
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' at example.org/news');
  await expect(panelOf(page).locator('[data-finding="links.external"]')).toContainText('example.org');
  await expect(page.locator(PANEL)).toHaveCount(1);
  expect(await fixtureText(page)).toBe('Unsaved words at example.org/news');
  // The dead copy left quietly: nothing of it reached the page's console.
  expect(pageErrors).toEqual([]);
});
