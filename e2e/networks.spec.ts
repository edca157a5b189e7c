import type { Locator, Page } from '@playwright/test';
import type { Network } from '../src/shared/networks';
import { networks } from '../src/shared/networks';
import { expectedThreads } from './fixtures/expected-threads';
import { fixtureSelectors } from './fixtures/selectors';
import { expect, test } from './support/extension';
import {
  attachImage,
  fixturePages,
  fixtureText,
  openModalComposer,
  publishedPosts,
  serveFixtures,
  waitForFixture,
  waitForHistoryIdle,
} from './support/fixtures';
import { ask, updateSettings } from './support/settings';

/** The brand's account as each network's settings field holds it. */
const brandAccounts: Record<Network, string> = {
  x: 'acmebrand',
  facebook: 'acmebrand',
  instagram: 'acmebrand',
  threads: 'acmebrand',
  linkedin: 'Acme',
  vk: 'acmebrand',
  mastodon: 'acmebrand@mastodon.social',
  bluesky: 'acmebrand.bsky.social',
};

test.describe.configure({ mode: 'parallel' });

async function openFixture(page: Page, network: Network): Promise<Locator> {
  await page.goto(fixturePages[network].url);
  await waitForFixture(page);
  return focusComposer(page, network);
}

/** Clicks into the network's main composer, opening it first where it lives in a dialog. */
async function focusComposer(page: Page, network: Network): Promise<Locator> {
  const selectors = fixtureSelectors[network];
  if (selectors.openComposer) await page.locator(selectors.openComposer).first().click();
  const composer = page.locator(selectors.composer).first();
  await composer.click();
  return composer;
}

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'SMM assistant' });

for (const network of networks) {
  test(`${network}: panel, insert, undo, attachments, publishing, comments, modal composer`, async ({
    context,
    openExtensionPage,
  }) => {
    test.setTimeout(90_000);
    const extensionPage = await openExtensionPage('src/ui/popup/index.html');
    await updateSettings(extensionPage, (settings) => {
      settings.brands[0].accounts[network] = [brandAccounts[network]];
    });
    await serveFixtures(context);
    const page = await context.newPage();

    await test.step('the panel appears on focus and follows typing', async () => {
      await openFixture(page, network);
      const panel = panelOf(page);
      await expect(panel).toBeVisible();
      await page.keyboard.type('Hello');
      await expect(panel.locator('[data-role="character-count"]')).toHaveAttribute('data-count', '5');
    });

    const panel = panelOf(page);
    const insertButton = panel.locator('[data-section="suggestions"] [data-action="insert-hashtag"]').first();

    await test.step('Insert after existing text lands once in the editor; one Ctrl+Z removes it', async () => {
      await expect(insertButton).toBeVisible();
      const hashtag = (await insertButton.getAttribute('data-hashtag')) as string;
      // Quill, TipTap and Lexical group an edit with recent typing into one undo step; a user clicks later.
      await waitForHistoryIdle(page);
      await insertButton.click();
      await expect.poll(() => fixtureText(page)).toBe(`Hello ${hashtag}`);
      await expect(
        panel.locator(
          `[data-section="suggestions"] [data-action="insert-hashtag"][data-hashtag="${hashtag}"]`,
        ),
      ).toHaveCount(0);
      await page.keyboard.press('Control+z');
      await expect.poll(() => fixtureText(page)).toBe('Hello');
    });

    await test.step('an attached image changes the detected format', async () => {
      await page.keyboard.type(' world');
      await expect(panel.locator('[data-section="draft-type"] [data-format]')).not.toHaveAttribute(
        'data-format',
        'image',
      );
      const modalOnly = network === 'instagram';
      if (!modalOnly) {
        await attachImage(page);
        await expect(panel.locator('[data-section="draft-type"] [data-format]')).toHaveAttribute(
          'data-format',
          'image',
        );
      }
    });

    await test.step('clicking post logs exactly one post', async () => {
      const before = await ask(extensionPage, 'posts.since', { since: 0, network });
      const text = await fixtureText(page);
      await page.locator(fixtureSelectors[network].post).first().click();
      await expect.poll(() => publishedPosts(page)).toEqual([text]);
      await expect
        .poll(async () => (await ask(extensionPage, 'posts.since', { since: 0, network })).length)
        .toBe(before.length + 1);
      // The control: the user's next post takes the same way; once it is logged, a second record of
      // the first (sent with it, ahead of this one) would be there too.
      // The page empties its composer after a post, or closes the dialog it was in (Bluesky).
      await expect.poll(() => fixtureText(page).catch(() => '')).toBe('');
      await focusComposer(page, network);
      await page.keyboard.type('Second post');
      await page.locator(fixtureSelectors[network].post).first().click();
      await expect.poll(() => publishedPosts(page)).toEqual([text, 'Second post']);
      const logged = async () =>
        (
          await ask(extensionPage, 'posts.since', {
            since: 0,
            network,
          })
        )
          .slice(before.length)
          .map((post) => post.excerpt);
      await expect.poll(logged).toEqual([text, 'Second post']);
    });

    await test.step('the comment scan finds the comments and who the brand answered', async () => {
      const expected = expectedThreads[network];
      const awaiting = expected.comments
        .filter((comment) => !comment.answeredByBrand)
        .map((comment) => `${network}:${comment.id}`);
      const section = panel.locator('[data-section="unanswered"]');
      await expect(section).toHaveAttribute('data-count', String(awaiting.length));
      const ids = await section
        .locator('[data-comment-id]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-comment-id')));
      expect(ids.sort()).toEqual(awaiting.sort());
    });

    await test.step('an empty composer in a dialog opened later is picked up; Insert works there too', async () => {
      await openModalComposer(page);
      const modalComposer = page.locator(fixtureSelectors[network].modal.composer).first();
      await modalComposer.click();
      await expect(panel.locator('[data-role="character-count"]')).toHaveAttribute('data-count', '0');
      const hashtag = (await insertButton.getAttribute('data-hashtag')) as string;
      await insertButton.click();
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.closest('[role="dialog"], .modal-root') !== null),
        )
        .toBe(true);
      await expect.poll(() => fixtureText(page)).toBe(hashtag);
      await expect(panel.locator('[data-role="character-count"]')).toHaveAttribute(
        'data-count',
        String(hashtag.length),
      );
      await page.keyboard.press('Control+z');
      await expect.poll(() => fixtureText(page)).toBe('');
    });
  });
}
