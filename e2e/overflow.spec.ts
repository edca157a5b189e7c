import type { Locator, Page } from '@playwright/test';
import { networks } from '../src/shared/networks';
import { fixtureSelectors } from './fixtures/selectors';
import { expect, test } from './support/extension';
import { fixturePages, serveFixtures, waitForFixture } from './support/fixtures';
import { openAt, POPUP } from './support/open-at';
import { updateSettings } from './support/settings';

/** One long word of a hashtag, and one made of many words: the two ways a hashtag can be long. */
const unbrokenHashtag = `#${'acme'.repeat(16)}`;
const wordyHashtag = '#AcmeAutumnCollectionLaunchWeekendInTheOldTownMarketSquare';
const longName = 'The Acme autumn collection launch weekend in the old town market square';
const longUrl =
  'https://www.example.com/collections/autumn/scarves-and-hats/limited-edition-handmade-merino?utm_source=acme&utm_medium=social&utm_campaign=autumn-launch';

/** `YYYY-MM-DD` of a moment in the machine's zone, which the browser shares. */
const dayKey = (at: Date) =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

/**
 * Today's custom day and local event, both with a long name and a long hashtag. The panel shows
 * four ideas, and a weekday with three theme hashtags (Tuesday's) ranked them above the long days:
 * the weekday themes are emptied, so the long hashtags are on screen whatever the day.
 */
async function addLongDays(page: Page, today: Date): Promise<void> {
  const key = dayKey(today);
  await updateSettings(page, (settings) => {
    for (const theme of Object.values(settings.brands[0].weekdayThemes)) theme.hashtags = [];
    settings.brands[0].accounts.x = ['acmebrand'];
    settings.brands[0].customDays = [
      { id: 'long-1', name: longName, date: key.slice(5), hashtag: unbrokenHashtag },
      { id: 'long-2', name: `${longName} (again)`, date: key.slice(5), hashtag: wordyHashtag },
    ];
    settings.brands[0].localEvents = [{ id: 'event-1', name: longName, start: key, hashtag: wordyHashtag }];
  });
}

/**
 * What spills out of `root` sideways: the root's own overflow, then any element inside it whose
 * right edge passes the root's (a clipped Insert button counts even when nothing scrolls).
 */
function overflowOf(root: Locator) {
  return root.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const spills = [...element.querySelectorAll('*')]
      .filter((node) => {
        const rect = node.getBoundingClientRect();
        return rect.width > 0 && rect.right > box.right + 0.5;
      })
      .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
    return { scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, spills };
  });
}

test.describe.configure({ mode: 'parallel' });

for (const network of networks) {
  test(`${network}: no horizontal overflow in the panel at 320 and 264 px with long hashtags and URLs`, async ({
    context,
    openExtensionPage,
  }) => {
    const extensionPage = await openExtensionPage(POPUP);
    await addLongDays(extensionPage, new Date());
    await serveFixtures(context);
    const page = await context.newPage();
    await page.goto(fixturePages[network].url);
    await waitForFixture(page);
    const selectors = fixtureSelectors[network];
    if (selectors.openComposer) await page.locator(selectors.openComposer).first().click();
    await page.locator(selectors.composer).first().click();
    await page.keyboard.type(`New in: ${longUrl}`);

    const panel = page.getByRole('complementary', { name: 'SMM assistant' });
    await expect(
      panel.locator(`[data-action="insert-hashtag"][data-hashtag="${unbrokenHashtag}"]`).first(),
    ).toBeVisible();
    await expect(panel.locator('[data-finding^="links."]').first()).toContainText('example.com');

    // The dock's widths: 320 px beside a composer, 264 px when that is all the room there is.
    for (const width of [320, 264]) {
      await page.addStyleTag({ content: `smm-assistant { width: ${width}px !important; }` });
      await expect.poll(() => panel.evaluate((element) => element.getBoundingClientRect().width)).toBe(width);
      for (const part of [panel, panel.locator('.panel__body')]) {
        const { scrollWidth, clientWidth, spills } = await overflowOf(part);
        expect(spills, `${width} px: elements past the panel's edge`).toEqual([]);
        expect(scrollWidth, `${width} px: scrollWidth`).toBeLessThanOrEqual(clientWidth);
      }
      // Every Insert button whole, between the body's edges (the body may scroll only up and down).
      const buttons = await panel.locator('.panel__body').evaluate((body) => {
        const edges = body.getBoundingClientRect();
        return [...body.querySelectorAll('[data-action="insert-hashtag"]')].map((button) => {
          const rect = button.getBoundingClientRect();
          return rect.left >= edges.left && rect.right <= edges.right && rect.width > 0;
        });
      });
      expect(buttons.length).toBeGreaterThan(0);
      expect(buttons.every(Boolean), `${width} px: Insert buttons inside the panel`).toBe(true);
    }
  });
}

test('the popup fits 380 × 600 with long unusual days and events, each hashtag whole when it fits', async ({
  context,
  extensionId,
  openExtensionPage,
}) => {
  const when = new Date('2026-03-05T12:00:00Z');
  await addLongDays(await openExtensionPage(POPUP), when);
  const popup = await openAt(context, extensionId, POPUP, when);
  await popup.setViewportSize({ width: 380, height: 600 });
  const day = popup.locator('[data-check="unusual-day"] [data-day]');
  await expect(day.first()).toContainText(longName);
  await expect(popup.locator('[data-check="local-events"] [data-event]').first()).toContainText(longName);

  const page = await popup.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
  expect((await overflowOf(popup.locator('main.popup'))).spills).toEqual([]);
  // The charts, unfolded, fit too.
  await popup.getByText('Figures as charts').click();
  await expect(popup.locator('[data-chart] svg[role="img"]')).toHaveCount(4);
  expect((await overflowOf(popup.locator('main.popup'))).spills).toEqual([]);
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(380);

  // A hashtag or a name that fits on one line is never broken across two; a longer one wraps
  // inside the popup rather than widening it.
  const broken = await popup.locator('.popup').evaluate((main) =>
    [...main.querySelectorAll('.hashtag, .idea__name')].flatMap((node) => {
      const element = node as HTMLElement;
      const lines = element.getClientRects().length;
      const height = element.getBoundingClientRect().height;
      const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight);
      const available =
        (element.parentElement as HTMLElement).closest<HTMLElement>('li, p')?.clientWidth ?? 0;
      // Its one-line width: a copy laid out alone, unwrapped.
      const copy = element.cloneNode(true) as HTMLElement;
      copy.style.cssText = 'position:absolute;white-space:nowrap;max-width:none;width:max-content';
      element.parentElement?.append(copy);
      const natural = copy.getBoundingClientRect().width;
      copy.remove();
      const wraps = lines > 1 || height > 1.8 * lineHeight;
      return natural <= available && wraps
        ? [`${element.textContent}: ${Math.round(natural)} px, broken in ${available} px`]
        : [];
    }),
  );
  expect(broken).toEqual([]);
});
