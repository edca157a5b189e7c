/**
 * Proves each fixture page works with its network's real editor library, without the extension:
 * typing reaches the editor's own state, the post button publishes once, the comment thread matches
 * its manifest with the adapters' selectors, the dialog composer opens, and the insertion chain
 * that adapters will use lands text exactly once with one Ctrl+Z to take it back.
 */
import { type Browser, type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { type Network, networks } from '../src/shared/networks';
import { expectedThreads } from './fixtures/expected-threads';
import { type InsertionMethod, insertViaChain } from './fixtures/insertion-chain';
import { fixtureSelectors } from './fixtures/selectors';
import {
  attachImage,
  fixturePages,
  fixtureText,
  publishedPosts,
  serveFixtures,
  waitForFixture,
  waitForHistoryIdle,
} from './support/fixtures';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let foreignRequests: string[];
let pageErrors: string[];

// Every test opens its own context: they can run side by side (one browser per worker).
test.describe.configure({ mode: 'parallel' });

test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});
test.afterAll(() => browser.close());

const fixtureOrigins = new Set(Object.values(fixturePages).flatMap((site) => site.origins));

test.beforeEach(async () => {
  context = await browser.newContext();
  foreignRequests = [];
  pageErrors = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && !fixtureOrigins.has(url.origin))
      foreignRequests.push(url.href);
  });
  await serveFixtures(context);
  page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
test.afterEach(async () => {
  await context.close();
  expect(pageErrors, 'errors thrown in the fixture page').toEqual([]);
  expect(foreignRequests, 'a fixture requested something outside its own origin').toEqual([]);
});

async function open(url: string): Promise<void> {
  await page.goto(url);
  await waitForFixture(page);
}

/**
 * How the insertion chain behaves per editor, as measured. `undoRightAfterTyping` is what one
 * Ctrl+Z leaves when the insertion comes within the editor's history grouping window of the typing
 * (Quill groups changes within 1 s, ProseMirror within 0.5 s): those editors undo both at once.
 */
const chainObserved: Record<
  Network,
  { method: InsertionMethod; undoRightAfterTyping: 'typed text' | 'empty' }
> = {
  x: { method: 'paste', undoRightAfterTyping: 'typed text' },
  facebook: { method: 'paste', undoRightAfterTyping: 'typed text' },
  instagram: { method: 'execCommand', undoRightAfterTyping: 'typed text' },
  threads: { method: 'paste', undoRightAfterTyping: 'typed text' },
  linkedin: { method: 'paste', undoRightAfterTyping: 'empty' },
  vk: { method: 'execCommand', undoRightAfterTyping: 'typed text' },
  mastodon: { method: 'execCommand', undoRightAfterTyping: 'typed text' },
  bluesky: { method: 'paste', undoRightAfterTyping: 'empty' },
};

for (const network of networks) {
  const selectors = fixtureSelectors[network];
  const site = fixturePages[network];

  test.describe(network, () => {
    async function focusComposer(): Promise<void> {
      await open(site.url);
      if (selectors.openComposer) await page.click(selectors.openComposer);
      await page.click(selectors.composer);
    }

    test('typing reaches the editor state; the post button publishes once and clears', async () => {
      await focusComposer();
      await expect(page.locator(selectors.composer)).toBeFocused();
      await page.keyboard.type('Hello from Acme');
      expect(await fixtureText(page)).toBe('Hello from Acme');
      await page.click(selectors.post);
      expect(await publishedPosts(page)).toEqual(['Hello from Acme']);
      if (selectors.closesOnPost) await expect(page.locator(selectors.composer)).toHaveCount(0);
      else expect(await fixtureText(page)).toBe('');
    });

    test('the keyboard shortcut publishes once', async () => {
      test.skip(!selectors.submitKey, 'no posting shortcut on this network');
      await focusComposer();
      await page.keyboard.type('Sent by keyboard');
      await page.keyboard.press(selectors.submitKey ?? 'Enter');
      expect(await publishedPosts(page)).toEqual(['Sent by keyboard']);
    });

    test('the comment thread matches the manifest', async () => {
      const thread = expectedThreads[network];
      expect(thread.pageUrl).toBe(site.url);
      await open(site.url);
      const { comments } = selectors;
      for (const comment of thread.comments) {
        const item = page.locator(comments.item(comment.id));
        await expect(item, comment.id).toHaveCount(1);
        await expect(item.locator(comments.author(comment.author)).first()).toBeAttached();
        await expect(item.locator(comments.text).first()).toHaveText(comment.text);
        if (comments.time && comment.writtenAt) {
          await expect(item.locator(comments.time.selector).first()).toHaveAttribute(
            comments.time.attribute,
            comments.time.value(comment),
          );
        }
        const answers = thread.brandReplies.filter((reply) => reply.inReplyTo === comment.id);
        expect(answers.length > 0, `answeredByBrand of ${comment.id}`).toBe(comment.answeredByBrand);
      }
      expect(thread.comments.filter((c) => !c.answeredByBrand).length).toBeGreaterThan(0);
      for (const reply of thread.brandReplies) {
        const item = page.locator(comments.item(reply.id));
        await expect(item.locator(comments.author(thread.brand)).first()).toBeAttached();
        await expect(item.locator(comments.text).first()).toHaveText(reply.text);
        const layout = await page.evaluate(
          ([parent, child, any]) => {
            const parentItem = document.querySelector(parent);
            const childItem = document.querySelector(child);
            if (!parentItem || !childItem) return 'missing';
            if (parentItem.contains(childItem)) return 'nested';
            const all = [...document.querySelectorAll(any)];
            return all.indexOf(childItem) === all.indexOf(parentItem) + 1 ? 'following' : 'elsewhere';
          },
          [comments.item(reply.inReplyTo), comments.item(reply.id), comments.anyItem],
        );
        expect(layout, `where ${reply.id} sits`).toBe(comments.replyLayout);
      }
    });

    test('the dialog composer opens later, takes a picture and posts', async () => {
      await open(site.url);
      const before = await page.evaluate(
        () => document.querySelectorAll('[contenteditable="true"], textarea').length,
      );
      await expect(page.locator(selectors.modal.composer)).toHaveCount(0);
      await page.click(selectors.modal.open);
      await expect(page.locator(selectors.modal.composer)).toBeFocused();
      expect(
        await page.evaluate(() => document.querySelectorAll('[contenteditable="true"], textarea').length),
      ).toBe(before + 1);
      await page.keyboard.type('From the dialog');
      await page.click(selectors.modal.attach);
      await expect(page.locator(selectors.modal.preview)).toHaveCount(1);
      await attachImage(page);
      await expect(page.locator(selectors.modal.preview)).toHaveCount(2);
      expect(await fixtureText(page)).toBe('From the dialog');
      await page.click(selectors.modal.post);
      expect(await publishedPosts(page)).toEqual(['From the dialog']);
    });

    for (const scenario of ['empty', 'after text'] as const) {
      test(`the insertion chain inserts once and one Ctrl+Z removes it (${scenario})`, async () => {
        await focusComposer();
        const typed = scenario === 'empty' ? '' : 'Hello';
        await page.keyboard.type(typed);
        // Past the editor's history grouping window, as when the user moves to the panel and clicks.
        await waitForHistoryIdle(page);
        const hashtag = typed ? ' #TipTuesday' : '#TipTuesday';
        const method = await page.evaluate(insertViaChain, [selectors.composer, hashtag] as [string, string]);
        expect(method).toBe(chainObserved[network].method);
        expect(await fixtureText(page)).toBe(`${typed}${hashtag}`);
        await page.keyboard.press('Control+z');
        await expect.poll(() => fixtureText(page)).toBe(typed);
      });
    }

    test('the insertion chain right after typing: what one Ctrl+Z takes back', async () => {
      await focusComposer();
      await page.keyboard.type('Hello');
      await page.evaluate(insertViaChain, [selectors.composer, ' #TipTuesday'] as [string, string]);
      expect(await fixtureText(page)).toBe('Hello #TipTuesday');
      await page.keyboard.press('Control+z');
      const left = chainObserved[network].undoRightAfterTyping === 'typed text' ? 'Hello' : '';
      await expect.poll(() => fixtureText(page)).toBe(left);
    });
  });
}

test.describe('other pages', () => {
  const others: { name: string; url: string; composer: string; post: string }[] = [
    {
      name: 'X home: the "What\'s happening?" composer',
      url: fixturePages.x.pages.home.url,
      composer: fixtureSelectors.x.composer,
      post: fixtureSelectors.x.post,
    },
    {
      name: 'Mastodon home: the compose panel',
      url: fixturePages.mastodon.pages.home.url,
      composer: fixtureSelectors.mastodon.composer,
      post: fixtureSelectors.mastodon.post,
    },
  ];
  for (const other of others) {
    test(other.name, async () => {
      await open(other.url);
      await page.click(other.composer);
      await page.keyboard.type('Good morning');
      expect(await fixtureText(page)).toBe('Good morning');
      await page.click(other.post);
      expect(await publishedPosts(page)).toEqual(['Good morning']);
    });
  }

  test('the X status page has a reply composer under the focused post', async () => {
    await open(fixturePages.x.url);
    await expect(page.getByText('Replying to @acmebrand').first()).toBeVisible();
    await expect(page.locator(fixtureSelectors.x.post)).toHaveText('Reply');
    await expect(page.locator('.public-DraftEditorPlaceholder-root')).toHaveText('Post your reply');
  });

  test('twitter.com and threads.net serve the same fixtures', async () => {
    await open('https://twitter.com/acmebrand/status/1790000000000000001');
    await expect(page.locator(fixtureSelectors.x.composer)).toBeAttached();
    await open('https://www.threads.net/@acmebrand/post/C0ffee');
    await expect(page.locator(fixtureSelectors.threads.composer).first()).toBeAttached();
  });
});
