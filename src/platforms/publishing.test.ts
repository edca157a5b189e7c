// @vitest-environment happy-dom
/**
 * watchPublishing: one report per publish, with the draft as it was before the page cleared it;
 * the post button found at event time (pages re-render it); a click and the shortcut within a
 * second, or a second click on the unchanged text, are the same post; an empty draft is no post.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Draft } from '../shared/draft';
import type { Composer } from './adapter';
import { watchPublishing } from './publishing';
import { loadPage } from './test-page';
import { adapter as x } from './x';

const page = `<main><div data-testid="primaryColumn"><div class="box">
  <div class="DraftEditor-root"><div contenteditable="true" data-testid="tweetTextarea_0" role="textbox"><div data-contents="true"><div data-block="true"><div><span><span data-text="true">Hello #TipTuesday</span></span></div></div></div></div></div>
  <div data-testid="toolBar"><button data-testid="tweetButtonInline" type="button"><span>Post</span></button></div>
</div></div></main>`;

let controller: AbortController;
let clock: number;
let published: Draft[];
let composer: Composer;

/** What X does on post: publish, then clear the editor (after our capture listener has read it). */
function clearOnPost() {
  document.addEventListener(
    'click',
    (event) => {
      if ((event.target as Element).closest('[data-testid="tweetButtonInline"]')) setText('');
    },
    { signal: controller.signal },
  );
}

function setText(text: string) {
  const span = composer.element.querySelector('[data-text="true"]');
  if (span) span.textContent = text;
}

function button(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
}

function shortcut(init: KeyboardEventInit = { key: 'Enter', ctrlKey: true }) {
  composer.element.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }));
}

beforeEach(() => {
  clock = 1_750_000_000_000;
  vi.spyOn(Date, 'now').mockImplementation(() => clock);
  loadPage(page, 'https://x.com/home', { compact: true });
  [composer] = x.composers(document);
  published = [];
  controller = new AbortController();
  // happy-dom's events are all synthetic: here every event stands for the user's.
  watchPublishing(
    x,
    composer,
    (draft) => published.push(draft),
    controller.signal,
    () => true,
  );
});

afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

describe('watchPublishing', () => {
  test('a click on the post button reports the draft read before the page cleared it', () => {
    clearOnPost();
    button().querySelector('span')!.click();
    expect(published.map((draft) => draft.text)).toEqual(['Hello #TipTuesday']);
    expect(published[0]).toMatchObject({ network: 'x', kind: 'post' });
  });

  test('the publish shortcut reports it too; other keys do not', () => {
    shortcut({ key: 'Enter' });
    shortcut({ key: 'a', ctrlKey: true });
    expect(published).toHaveLength(0);
    shortcut();
    expect(published).toHaveLength(1);
  });

  test.each([
    [
      'a click then the shortcut within a second',
      () => {
        button().click();
        shortcut();
      },
      1,
    ],
    [
      'a double click on the same text',
      () => {
        button().click();
        button().click();
      },
      1,
    ],
    [
      'the same text clicked again later, unchanged',
      () => {
        button().click();
        clock += 5000;
        button().click();
      },
      1,
    ],
  ])('%s is one post', (_label, act, count) => {
    act();
    expect(published).toHaveLength(count);
  });

  test('the same text posted again after the user edited the draft is a new post', () => {
    button().click();
    clock += 5000;
    composer.element.dispatchEvent(new InputEvent('beforeinput', { bubbles: true }));
    button().click();
    expect(published).toHaveLength(2);
  });

  test('an empty draft is not a post; a disabled button does not post', () => {
    setText('');
    button().click();
    setText('Hi');
    button().setAttribute('aria-disabled', 'true');
    button().click();
    expect(published).toHaveLength(0);
  });

  test('a button the page re-rendered is found at click time', () => {
    const toolbar = document.querySelector('[data-testid="toolBar"]')!;
    toolbar.innerHTML = '<button data-testid="tweetButtonInline" type="button">Post</button>';
    button().click();
    expect(published).toHaveLength(1);
  });

  test('clicks elsewhere and an aborted watch report nothing', () => {
    document.body.click();
    controller.abort();
    button().click();
    shortcut();
    expect(published).toHaveLength(0);
  });

  test("a page script's synthetic click or key publishes nothing", () => {
    controller.abort();
    const again = new AbortController();
    const seen: Draft[] = [];
    watchPublishing(x, composer, (draft) => seen.push(draft), again.signal);
    button().click();
    shortcut();
    expect(seen).toEqual([]);
    again.abort();
  });

  test('a throwing callback never reaches the page', () => {
    controller.abort();
    const again = new AbortController();
    watchPublishing(
      x,
      composer,
      () => {
        throw new Error('boom');
      },
      again.signal,
      () => true,
    );
    expect(() => button().click()).not.toThrow();
    again.abort();
  });
});
