// @vitest-environment happy-dom
/**
 * The shortcuts comment scans take for speed (dom.ts): text-only elements read with one
 * `textContent`, an item's own parts found with one query when it holds no nested item. These
 * cases pin what the shortcuts must still tell apart.
 */
import { describe, expect, test } from 'vitest';
import { textOf } from './dom';
import { anyItemNests, holdsItems, ownPart } from './own-part';

function element(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.replaceChildren(holder);
  return holder;
}

describe('textOf', () => {
  test.each([
    ['a text-only element', '<span>Alice Martin</span>', 'Alice Martin'],
    ['several text nodes, a comment between', '<span>Ali<!-- x -->ce</span>', 'Alice'],
    ['a text-only block among inline text', 'one<p>two</p>three', 'one\ntwo\nthree'],
    [
      'nested blocks down to a text-only paragraph',
      '<div><div><p>Is it wool?</p></div></div>',
      'Is it wool?',
    ],
    ['paragraphs as lines', '<p>first</p><p>second</p>', 'first\nsecond'],
    ['a break inside a paragraph', '<p>one<br>two</p>', 'one\ntwo'],
    ['an emoji image inside a span', '<span>Nice <img alt="🎉"> day</span>', 'Nice 🎉 day'],
    ['an empty element', '<span></span>', ''],
    ['zero-width characters dropped, ends trimmed', '<span> \u200bhi\ufeff </span>', 'hi'],
  ])('%s', (_label, html, expected) => {
    expect(textOf(element(html))).toBe(expected);
  });

  test('a text-only element is read whole, whatever its own tag', () => {
    const paragraph = element('<p>Only <b>this</b></p>').querySelector('b');
    expect(textOf(paragraph)).toBe('this');
  });
});

describe('own parts of items that may hold nested items', () => {
  const thread = () =>
    element(`
      <article class="item" id="outer">
        <span class="name">Alice</span>
        <div class="replies">
          <article class="item" id="inner"><span class="name">Acme</span><time>1h</time></article>
        </div>
        <time>2h</time>
      </article>
      <article class="item" id="flat"><span class="name">Bob</span></article>`);

  test('anyItemNests and holdsItems tell nesting pages and items apart', () => {
    const page = thread();
    expect(anyItemNests(page, '.item')).toBe(true);
    expect(holdsItems(page.querySelector('#outer') as Element, '.item')).toBe(true);
    expect(holdsItems(page.querySelector('#flat') as Element, '.item')).toBe(false);
    page.querySelector('.replies')?.remove();
    expect(anyItemNests(page, '.item')).toBe(false);
  });

  test('anyItemNests reads a selector list as one item selector', () => {
    const page = element('<article class="a"><div><article class="b"></article></div></article>');
    expect(anyItemNests(page, 'article.a, article.b')).toBe(true);
    expect(anyItemNests(page, 'article.b, article.c')).toBe(false);
  });

  test('an item’s own part is found when a nested item’s comes first in the page', () => {
    const outer = thread().querySelector('#outer') as Element;
    expect(ownPart(outer, 'time', '.item', true)?.textContent).toBe('2h');
    expect(ownPart(outer, '.name', '.item', true)?.textContent).toBe('Alice');
  });

  test('a part only nested items have is not the item’s own', () => {
    const outer = thread().querySelector('#outer') as Element;
    outer.lastElementChild?.remove();
    expect(ownPart(outer, 'time', '.item', true)).toBeNull();
  });

  test('an item holding no nested item is answered by its first match', () => {
    const flat = thread().querySelector('#flat') as Element;
    expect(ownPart(flat, '.name', '.item', false)?.textContent).toBe('Bob');
  });

  test('an invalid selector gives no part, never an error', () => {
    const flat = thread().querySelector('#flat') as Element;
    expect(ownPart(flat, '[[', '.item', true)).toBeNull();
    expect(holdsItems(flat, '[[')).toBe(false);
  });
});
