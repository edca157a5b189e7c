import type { Network } from '../../src/shared/networks';
import { fixtureSelectors } from '../fixtures/selectors';
import { fixtureText, inPanel, panelAttribute, panelText } from './panel';
import { expect, test } from './test';

const networks: Network[] = ['x', 'facebook', 'linkedin', 'mastodon'];

// The rules run in the background (Firefox's background page): the content script sends the draft.
test('a draft with an external link gets a link finding on X, Facebook, LinkedIn and Mastodon', async ({
  openFixture,
}) => {
  for (const network of networks) {
    await test.step(network, async () => {
      const page = await openFixture(network);
      await page.click(fixtureSelectors[network].composer);
      await page.waitForSelector(inPanel('[data-role="character-count"]'), { visible: true });
      await page.keyboard.type('See example.org/shop for more');
      await expect.poll(() => fixtureText(page)).toBe('See example.org/shop for more');
      await expect.poll(() => panelAttribute(page, '[data-role="character-count"]', 'data-count')).toBe('29');
      await page.waitForSelector(inPanel('[data-finding^="links."]'), { visible: true });
      expect(await panelText(page, '[data-finding^="links."]')).toContain('example.org');
      await page.close();
    });
  }
});
