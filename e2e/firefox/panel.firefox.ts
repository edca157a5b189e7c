import type { Network } from '../../src/shared/networks';
import { fixtureSelectors } from '../fixtures/selectors';
import { fixtureText, inPanel, panelAttribute, panelState } from './panel';
import { expect, test } from './test';

/** One fixture per editor the insertion chain must reach: Draft.js, Lexical, Quill, a React textarea. */
const editors: [Network, string][] = [
  ['x', 'Draft.js'],
  ['facebook', 'Lexical'],
  ['linkedin', 'Quill'],
  ['mastodon', 'textarea'],
];

for (const [network, editor] of editors) {
  test(`${network} (${editor}): the panel docks beside the composer and Insert lands in the editor`, async ({
    openFixture,
  }) => {
    const page = await openFixture(network);
    const composer = await page.waitForSelector(fixtureSelectors[network].composer);
    if (!composer) throw new Error(`no composer on the ${network} fixture`);
    await composer.click();

    await test.step('the panel: an open shadow root, named, beside the composer', async () => {
      await page.waitForSelector(inPanel('[data-role="character-count"]'), { visible: true });
      await expect
        .poll(() => panelState(page, composer))
        .toEqual({
          shadowMode: 'open',
          role: 'complementary',
          name: 'SMM assistant',
          collapsed: 'false',
          covers: false,
          inView: true,
        });
      await page.keyboard.type('Hello');
      await expect.poll(() => panelAttribute(page, '[data-role="character-count"]', 'data-count')).toBe('5');
    });

    // Firefox hands the page an empty clipboard for the content script's synthetic paste: the rich
    // editors take it and insert nothing, and the chain goes on to execCommand (insert-text.ts).
    await test.step("Insert puts the hashtag in the editor's own state", async () => {
      const insert = await page.waitForSelector(
        inPanel('[data-section="suggestions"] [data-action="insert-hashtag"]'),
        { visible: true },
      );
      const hashtag = await insert?.evaluate((button) => button.getAttribute('data-hashtag'));
      expect(hashtag).toMatch(/^#\w/);
      await insert?.click();
      // The editor's state, not just its DOM, has the hashtag: the site would post it.
      await expect.poll(() => fixtureText(page)).toBe(`Hello ${hashtag}`);
    });
  });
}
