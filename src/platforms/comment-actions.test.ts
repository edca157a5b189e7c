// @vitest-environment happy-dom
/**
 * What the content script asks an adapter about a comment on the page: where it is (a jump from
 * the panel scrolls there) and whether a click is the network's "Delete" on it (the delete guard).
 * Proven on each network's e2e fixture page, the same markup the comment scan reads.
 */
import { describe, expect, test } from 'vitest';
import { expectedThreads } from '../../e2e/fixtures/expected-threads';
import { networks } from '../shared/networks';
import { adapterFor } from './index';
import { loadPage, readE2eFixture } from './test-page';

describe.each(networks)('%s comments on its fixture page', (network) => {
  const adapter = adapterFor(network);
  const thread = expectedThreads[network];

  test('every comment the scan reports is found again by its id, as one comment item', () => {
    const document = loadPage(readE2eFixture(network), thread.pageUrl);
    const comments = adapter.comments(document, { pageUrl: thread.pageUrl, brandHandles: [thread.brand] });
    expect(comments.length).toBeGreaterThan(0);
    const elements = comments.map((comment) => adapter.commentElement(comment.id));
    for (const [index, element] of elements.entries()) {
      expect(element, comments[index].id).not.toBeNull();
      expect(adapter.commentItemAt(element as Element)).toBe(element);
    }
    // Each comment has its own element: a jump never lands on a neighbour.
    expect(new Set(elements).size).toBe(comments.length);
  });

  test('a comment that is not on the page is not found', () => {
    loadPage(readE2eFixture(network), thread.pageUrl);
    expect(adapter.commentElement(`${network}:0000404`)).toBeNull();
    expect(adapter.commentElement(`${network}:`)).toBeNull();
  });

  test.each(['Delete', 'Supprimer', 'Удалить'])('a menu item labelled “%s” is the delete action', (label) => {
    document.body.innerHTML = `<div role="menu"><div role="menuitem"><span>${label}</span></div></div>`;
    const span = document.querySelector('span') as Element;
    expect(adapter.deleteActionAt(span)).toBe(document.querySelector('[role="menuitem"]'));
  });

  test('other menu items and plain text are not', () => {
    document.body.innerHTML =
      '<div role="menuitem">Report comment</div><button aria-label="Delete draft">x</button><p>Delete</p>';
    for (const element of document.body.querySelectorAll('*'))
      expect(adapter.deleteActionAt(element)).toBeNull();
  });
});
