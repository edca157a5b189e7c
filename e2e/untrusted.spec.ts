import type { Page } from '@playwright/test';
import { fixtureSelectors } from './fixtures/selectors';
import { expect, test } from './support/extension';
import { fixturePages, fixtureText, publishedPosts, serveFixtures, waitForFixture } from './support/fixtures';
import { POPUP, request } from './support/open-at';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'SMM assistant' });

/** Runs in the page's own world, as any script of the site could. */
function pageScriptClicks(page: Page, selector: string): Promise<void> {
  return page.evaluate((inside) => {
    const root = document.querySelector('smm-assistant')?.shadowRoot;
    const button = root?.querySelector<HTMLElement>(inside);
    if (!button) throw new Error(`no ${inside} in the panel`);
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  }, selector);
}

test("a page script clicking the panel's buttons, or the post button, changes nothing", async ({
  context,
  openExtensionPage,
}) => {
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.x.url);
  await waitForFixture(page);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  await page.keyboard.type('Hello');
  const panel = panelOf(page);
  const insert = panel.locator('[data-section="suggestions"] [data-action="insert-hashtag"]').first();
  await expect(insert).toBeVisible();

  await test.step('synthetic clicks on Insert and Collapse do nothing', async () => {
    await pageScriptClicks(page, '[data-section="suggestions"] [data-action="insert-hashtag"]');
    await pageScriptClicks(page, '[data-action="toggle-collapsed"]');
    // Positive control on the same page: the user's own click inserts, so the synthetic one could have.
    const hashtag = (await insert.getAttribute('data-hashtag')) as string;
    await insert.click();
    await expect.poll(() => fixtureText(page)).toBe(`Hello ${hashtag}`);
    await expect(panel.locator('[data-action="toggle-collapsed"]')).toHaveAttribute('aria-expanded', 'true');
  });

  await test.step("a synthetic click on the network's post button logs no post", async () => {
    // Mastodon's textarea takes typing again right after a post (X's Draft.js fixture loses the caret).
    const mastodon = await context.newPage();
    await mastodon.goto(fixturePages.mastodon.url);
    await waitForFixture(mastodon);
    const composer = mastodon.locator(fixtureSelectors.mastodon.composer).first();
    const post = fixtureSelectors.mastodon.post;
    await composer.click();
    await mastodon.keyboard.type('First post');
    await mastodon.evaluate((button) => document.querySelector<HTMLElement>(button)?.click(), post);
    // The page published it: its own handler ran on the synthetic click.
    await expect.poll(() => publishedPosts(mastodon)).toEqual(['First post']);
    // The control: the user's own click on the same button is logged.
    await expect.poll(() => fixtureText(mastodon)).toBe('');
    await composer.click();
    await mastodon.keyboard.type('Second post');
    await mastodon.locator(post).first().click();
    const popup = await openExtensionPage(POPUP);
    const logged = () => request<{ excerpt: string }[]>(popup, 'posts.since', { since: 0 });
    await expect.poll(async () => (await logged()).map((entry) => entry.excerpt)).toEqual(['Second post']);
  });
});
