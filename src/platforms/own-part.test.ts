// @vitest-environment happy-dom
/**
 * The comment scans' shortcuts (own-part.ts, brand-links.ts): one query where a list was read.
 * These cases pin what the shortcuts must still tell apart: a nested item's part met first, a
 * first match refused, a brand's name in another letter case, a name no selector can hold.
 */
import { expect, test } from 'vitest';
import { mayLinkToBrand } from './brand-links';
import { firstAccepted, holdsItems, ownPart } from './own-part';

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild as Element;
}

const comment = element(`<li id="comment">
  <ul><li id="reply"><a id="reply-link" href="/acme/">acme</a></li></ul>
  <a id="own-link" href="/alice/">alice</a>
</li>`);

test('an item holding another is told apart from one that does not', () => {
  expect(holdsItems(comment, 'li')).toBe(true);
  expect(holdsItems(comment.querySelector('#reply') as Element, 'li')).toBe(false);
});

test('a nested item’s part met first is skipped for the item’s own', () => {
  expect(ownPart(comment, 'a', 'li', true)?.id).toBe('own-link');
  // Told that nothing nests, the first match is taken: the caller asks holdsItems first.
  expect(ownPart(comment, 'a', 'li', false)?.id).toBe('reply-link');
});

test('a part the caller refuses is passed over, and none found is null', () => {
  expect(ownPart(comment, 'a', 'li', true, (link) => link.textContent === 'nobody')).toBeNull();
  expect(firstAccepted(comment, 'a', (link) => link.id !== 'reply-link')?.id).toBe('own-link');
  expect(firstAccepted(comment, 'time', () => true)).toBeNull();
});

test('a link naming the brand in any letter case may name it; other links do not', () => {
  const mayName = mayLinkToBrand(new Set(['acmebrand']), 'a[href^="/@"]');
  expect(
    mayName(element('<div><a href="/@alice">alice</a> <a href="/@AcmeBrand">@AcmeBrand</a></div>')),
  ).toBe(true);
  expect(mayName(element('<div><a href="/@alice">alice</a> <a href="/acmebrand">site</a></div>'))).toBe(
    false,
  );
});

test('no brand: nothing names it; a name no selector can hold: every item may', () => {
  const item = element('<div><a href="/@acme">acme</a></div>');
  expect(mayLinkToBrand(new Set(), 'a')(item)).toBe(false);
  expect(mayLinkToBrand(new Set(['acme"]']), 'a')(item)).toBe(true);
});
