import type { Page } from '@playwright/test';
import type { Network } from '../src/shared/networks';
import { demoShift } from './fixtures/demo-time';
import { expectedThreads } from './fixtures/expected-threads';
import { fixtureSelectors } from './fixtures/selectors';
import { expect, test } from './support/extension';
import { fixturePages, serveFixtures, waitForFixture } from './support/fixtures';
import { updateSettings } from './support/settings';
import { demoAccounts } from './tools/demo-brand';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'SMM assistant' });

/** The pages whose comments carry their own time (the others are dated when first seen). */
const dated: Network[] = ['x', 'instagram', 'threads', 'vk', 'mastodon'];

test.describe.configure({ mode: 'parallel' });

for (const network of dated) {
  test(`${network}: the demo dates the page's comments relative to now, so none is a year overdue`, async ({
    context,
    openExtensionPage,
  }) => {
    const extensionPage = await openExtensionPage('src/ui/popup/index.html');
    await updateSettings(extensionPage, (settings) => {
      settings.brands[0].accounts[network] = [demoAccounts[network]];
    });
    const now = Date.now();
    await serveFixtures(context, { now });
    const page = await context.newPage();
    await page.goto(fixturePages[network].url);
    await waitForFixture(page);

    // Every comment moved by the same amount: the page says "4h" and means it.
    const shift = demoShift(now);
    const times = await page.evaluate(() =>
      [...document.querySelectorAll('time[datetime], [time]')].map(
        (node) => node.getAttribute('datetime') ?? Number(node.getAttribute('time')) * 1000,
      ),
    );
    const expectedTimes = expectedThreads[network].comments
      .filter((comment) => comment.writtenAt)
      .map((comment) => new Date(Date.parse(comment.writtenAt as string) + shift).toISOString());
    const shown = times.map((time) => new Date(time).toISOString());
    for (const time of expectedTimes) expect(shown).toContain(time);
    for (const time of shown) {
      expect(Date.parse(time)).toBeLessThanOrEqual(now + 1_000);
      expect(Date.parse(time)).toBeGreaterThan(now - 6 * 3_600_000);
    }

    // Comments a few hours old are within a six-business-hour deadline, whatever the hour.
    await page.locator(fixtureSelectors[network].composer).first().click();
    const awaiting = expectedThreads[network].comments.filter((comment) => !comment.answeredByBrand);
    const section = panelOf(page).locator('[data-section="unanswered"]');
    await expect(section).toHaveAttribute('data-count', String(awaiting.length));
    await expect(section.locator('[data-comment-id]')).toHaveCount(awaiting.length);
    await expect(section.locator('[data-overdue="true"]')).toHaveCount(0);
    await expect(section).not.toContainText(/overdue/i);
  });
}
