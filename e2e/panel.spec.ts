import { expect, test } from './support/extension';
import { plainComposerPage, servePage } from './support/pages';
import { ask } from './support/settings';

const url = 'https://mastodon.social/compose';

test.beforeEach(async ({ context }) => {
  await servePage(context, 'https://mastodon.social', plainComposerPage);
});

test('the panel appears on a focused composer and counts characters as the user types', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto(url);
  const panel = page.getByRole('complementary', { name: 'SMM assistant' });
  await expect(page.locator('smm-assistant')).toHaveCount(0);

  await page.getByLabel('Plain textarea').click();
  await expect(panel).toBeVisible();
  const count = panel.locator('[data-role="character-count"]');
  await expect(count).toHaveAttribute('data-count', '0');

  await page.keyboard.type('Hello 👋🏽 world');
  // One grapheme per emoji, however many code points it has.
  await expect(count).toHaveAttribute('data-count', '13');
  await expect(count).toContainText('13');

  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(count).toHaveAttribute('data-count', '11');

  // The page's DOM gets our panel's host and nothing else (no preload links for lazy parts).
  await expect(panel.locator('[data-section="draft-type"]')).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('link[rel="modulepreload"]').length)).toBe(0);
  expect(
    await page.evaluate(() => [...document.documentElement.children].map((child) => child.localName)),
  ).toEqual(['head', 'body', 'smm-assistant']);
});

test('the panel is isolated in an open shadow root and page styles do not leak in', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(url);
  await page.addStyleTag({
    content: 'aside, p, button { color: rgb(255, 0, 0) !important; font-size: 40px !important; }',
  });
  await page.getByLabel('Plain textarea').click();
  const panel = page.getByRole('complementary', { name: 'SMM assistant' });
  await expect(panel).toBeVisible();
  const shadowMode = await page.locator('smm-assistant').evaluate((host) => host.shadowRoot?.mode);
  expect(shadowMode).toBe('open');
  const style = await panel
    .locator('[data-role="character-count"]')
    .evaluate((element) => `${getComputedStyle(element).fontSize} ${getComputedStyle(element).color}`);
  expect(style).not.toContain('40px');
  expect(style).not.toContain('rgb(255, 0, 0)');
});

test('collapsing is remembered across reloads', async ({ context, openExtensionPage }) => {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Plain textarea').click();
  const panel = page.getByRole('complementary', { name: 'SMM assistant' });
  await panel.locator('[data-action="toggle-collapsed"]').click();
  await expect(panel).toHaveAttribute('data-collapsed', 'true');
  await expect(panel.locator('[data-role="character-count"]')).toBeHidden();
  // The panel collapses at once and saves after: reload only once the write is durable.
  const extensionPage = await openExtensionPage('src/ui/popup/index.html');
  await expect
    .poll(async () => (await ask(extensionPage, 'prefs.get', { key: 'panelCollapsed' })).value)
    .toBe(true);

  await page.reload();
  await page.getByLabel('Plain textarea').click();
  await expect(panel).toHaveAttribute('data-collapsed', 'true');
  await panel.locator('[data-action="toggle-collapsed"]').click();
  await expect(panel.locator('[data-role="character-count"]')).toBeVisible();
});

test('the keyboard command toggles the panel', async ({ context, serviceWorker }) => {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Plain textarea').click();
  const panel = page.getByRole('complementary', { name: 'SMM assistant' });
  await expect(panel).toHaveAttribute('data-collapsed', 'false');
  // Headless Chromium does not deliver global shortcuts; fire the command the way Chrome does.
  await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab.id!, { type: 'panel.toggle' });
  });
  await expect(panel).toHaveAttribute('data-collapsed', 'true');
});

test('the panel re-attaches when the page removes it', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Plain textarea').click();
  const panel = page.getByRole('complementary', { name: 'SMM assistant' });
  await expect(panel).toBeVisible();
  await page.locator('#remove-panel').click();
  await expect(panel).toBeVisible();
  await page.getByLabel('Plain textarea').click();
  await page.keyboard.type('still here');
  await expect(panel.locator('[data-role="character-count"]')).toHaveAttribute('data-count', '10');
});

test('a page without a composer gets no panel', async ({ context }) => {
  await servePage(context, 'https://bsky.app', '<!doctype html><title>x</title><p>Nothing to write here</p>');
  const page = await context.newPage();
  // Notes, from the page's first moment, whether a composer was there when the panel first came.
  await page.addInitScript(() => {
    new MutationObserver((records, observer) => {
      if (!records.some((record) => [...record.addedNodes].some((node) => node.nodeName === 'SMM-ASSISTANT')))
        return;
      Object.assign(window, {
        panelCameWithComposer: document.querySelector('[contenteditable="true"]') !== null,
      });
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('https://bsky.app/');
  await page.locator('p').click();
  // The control: the page then gets a composer (as a single-page app does), and focusing it shows
  // the panel; the panel had not come before.
  await page.evaluate(() => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div data-testid="composePostView"><div class="ProseMirror" contenteditable="true" aria-label="Post"></div></div>',
    );
  });
  await page.getByLabel('Post').click();
  await expect(page.getByRole('complementary', { name: 'SMM assistant' })).toBeVisible();
  expect(
    await page.evaluate(
      () => (window as unknown as { panelCameWithComposer?: boolean }).panelCameWithComposer,
    ),
  ).toBe(true);
});
