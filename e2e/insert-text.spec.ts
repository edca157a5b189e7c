/**
 * insertText in real Chromium on every fixture (the networks' editors: Draft.js, Lexical, Quill,
 * TipTap, React textareas, plain contenteditables), without the extension: the chain is bundled and
 * injected with addScriptTag, and `window.fixture.text()` reads each editor's OWN state.
 *
 * insertTextChecked is used (it waits for the editor to take the caret and checks the result);
 * the synchronous insertText is proven to insert exactly once, but without that wait an untouched
 * Lexical editor has no undo point before the insertion (Lexical refuses to restore its
 * never-initialised empty state), so its undo is only guaranteed through insertTextChecked.
 *
 * Difference from production: an injected script runs in the page's main world, the content script
 * in an isolated world. The DOM, events and execCommand are shared, but page objects are not; the
 * chain uses neither page objects nor `window.event`, and the native value setter it falls back to
 * is taken from the prototype, which works in both worlds. The lead's extension e2e repeats the key
 * cases through the real content script.
 */
import { type Browser, chromium, expect, type Page, test } from '@playwright/test';
import type { Network } from '../src/shared/networks';
import { networks } from '../src/shared/networks';
import { fixtureSelectors } from './fixtures/selectors';
import type { FixtureWindow } from './fixtures/shared/api';
import {
  fixturePages,
  fixtureText,
  openModalComposer,
  serveFixtures,
  waitForFixture,
  waitForHistoryIdle,
} from './support/fixtures';
import { type InsertTextWindow, insertTextBundle } from './support/insert-text-bundle';

type Win = FixtureWindow & InsertTextWindow;

let browser: Browser;

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

test.afterAll(async () => {
  await browser?.close();
});

/** Which composer of the fixture: the page's own, or the one its dialog opens. */
type Where = 'page' | 'dialog';

async function openFixture(network: Network, where: Where): Promise<{ page: Page; composer: string }> {
  const context = await browser.newContext();
  await serveFixtures(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(fixturePages[network].url);
  await waitForFixture(page);
  await page.addScriptTag({ content: await insertTextBundle() });
  const selectors = fixtureSelectors[network];
  if (where === 'dialog') await openModalComposer(page);
  else if (selectors.openComposer) await page.click(selectors.openComposer);
  const composer = where === 'dialog' ? selectors.modal.composer : selectors.composer;
  await page.locator(composer).first().waitFor();
  test.info().annotations.push({ type: 'page errors', description: errors.join('; ') || 'none' });
  return { page, composer };
}

/** The composer's index among the fixture's composers (document order), for `fixture.text(i)`. */
function composerIndex(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const element = document.querySelector(selector);
    const all = [...document.querySelectorAll<HTMLElement>('[contenteditable="true"], textarea')];
    const labels = (window as unknown as Win).fixture.composers();
    // fixture.composers() lists mounted composers in document order, as the page's editables are.
    const editables = all.filter((node) => !node.parentElement?.closest('[contenteditable="true"]'));
    const index = editables.findIndex((node) => node === element || node.contains(element));
    return index >= 0 && index < labels.length ? index : 0;
  }, selector);
}

async function insert(page: Page, selector: string, text: string, checked = true) {
  const result = await page.evaluate(
    ([selector, text, checked]) => {
      const element = document.querySelector<HTMLElement>(selector as string)!;
      const win = window as unknown as Win;
      return checked
        ? win.__insertTextChecked(element, text as string)
        : win.__insertText(element, text as string);
    },
    [selector, text, checked] as const,
  );
  // INSERT_TEXT_VERBOSE=1 prints which method each editor took (for docs/ARCHITECTURE.md and reports).
  if (process.env.INSERT_TEXT_VERBOSE)
    console.log(`${test.info().titlePath.slice(-2).join(' › ')}: ${JSON.stringify(result)}`);
  return result;
}

const cases = networks.flatMap((network) =>
  (['page', 'dialog'] as Where[]).map((where) => [network, where] as const),
);

for (const [network, where] of cases) {
  test.describe(`${network} (${where} composer)`, () => {
    test('an empty composer takes #TipTuesday exactly once; one Ctrl+Z empties it', async () => {
      const { page, composer } = await openFixture(network, where);
      const index = await composerIndex(page, composer);
      const result = await insert(page, composer, '#TipTuesday');
      expect(result).toMatchObject({ ok: true });
      await expect.poll(() => fixtureText(page, index)).toBe('#TipTuesday');
      await page.keyboard.press('Control+z');
      await expect.poll(() => fixtureText(page, index)).toBe('');
      await page.context().close();
    });

    test('after typed text, the tag lands once at the caret; one Ctrl+Z gives the typing back', async () => {
      const { page, composer } = await openFixture(network, where);
      const index = await composerIndex(page, composer);
      await page.locator(composer).first().click();
      await page.keyboard.type('Hello ');
      await expect.poll(() => fixtureText(page, index)).toBe('Hello ');
      // Editors merge edits made within a moment into one undo step (Quill's history delay, TipTap's,
      // Lexical's); a user picks a suggestion later than that.
      await waitForHistoryIdle(page, index);
      const result = await insert(page, composer, '#TipTuesday');
      expect(result).toMatchObject({ ok: true });
      await expect.poll(() => fixtureText(page, index)).toBe('Hello #TipTuesday');
      await page.keyboard.press('Control+z');
      await expect.poll(() => fixtureText(page, index)).toBe('Hello ');
      await page.context().close();
    });

    test('the synchronous insertText (what the content script calls) puts the text in once', async () => {
      const { page, composer } = await openFixture(network, where);
      const index = await composerIndex(page, composer);
      expect(await insert(page, composer, '#TipTuesday', false)).toMatchObject({ ok: true });
      await expect.poll(() => fixtureText(page, index)).toBe('#TipTuesday');
      await page.context().close();
    });

    test('text goes in at the caret when the user left it mid-text', async () => {
      const { page, composer } = await openFixture(network, where);
      const index = await composerIndex(page, composer);
      await page.locator(composer).first().click();
      await page.keyboard.type('ab');
      await page.keyboard.press('ArrowLeft');
      await waitForHistoryIdle(page, index);
      expect(await insert(page, composer, '#Tip ')).toMatchObject({ ok: true });
      await expect.poll(() => fixtureText(page, index)).toBe('a#Tip b');
      await page.context().close();
    });

    test('multi-line text lands as two lines', async () => {
      const { page, composer } = await openFixture(network, where);
      const index = await composerIndex(page, composer);
      const result = await insert(page, composer, 'line one\nline two');
      expect(result).toMatchObject({ ok: true });
      expect(result).not.toHaveProperty('pending');
      await expect.poll(() => fixtureText(page, index)).toBe('line one\nline two');
      await page.context().close();
    });
  });
}
