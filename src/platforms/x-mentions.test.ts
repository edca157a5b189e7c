// @vitest-environment happy-dom
/**
 * Mentions of the brand in X feeds: a stranger's tweet has its links read only when one ends in a
 * brand's name (x-tweet.ts), so these cases pin what that shortcut must still tell apart.
 */
import { expect, test } from 'vitest';
import { loadPage } from './test-page';
import { adapter } from './x';

function tweet(handle: string, id: string, body: string): string {
  return `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article">
    <div data-testid="User-Name"><a href="/${handle}">${handle}</a><a href="/${handle}">@${handle}</a> · <a href="/${handle}/status/${id}"><time datetime="2025-11-20T09:05:00.000Z">4h</time></a></div>
    ${body}
  </article></div>`;
}

const text = (words: string) => `<div data-testid="tweetText"><span>${words}</span></div>`;

function scanFeed(cells: string[], brandHandles = ['@acmebrand']): string[] {
  const document = loadPage(
    `<main><div data-testid="primaryColumn">${cells.join('')}</div></main>`,
    'https://x.com/home',
  );
  return adapter.comments(document, { brandHandles, pageUrl: 'https://x.com/home' }).map((c) => c.id);
}

test('a stranger naming the brand in any letter case, by path or full address, is a mention', () => {
  expect(
    scanFeed([
      tweet('alice', '101', text('Hi <a href="/AcmeBrand">@AcmeBrand</a>')),
      tweet('bob', '102', text('Hi <a href="https://twitter.com/acmebrand">@acmebrand</a>')),
      tweet('carol', '103', text('Nothing to see')),
    ]),
  ).toEqual(['x:101', 'x:102']);
});

test('a link that only ends in the brand’s name is not a mention', () => {
  expect(
    scanFeed([
      tweet(
        'dan',
        '104',
        text('<a href="/search/acmebrand">search</a> <a href="/i/lists/acmebrand">list</a>'),
      ),
      tweet('erin', '105', text('<a href="/notacmebrand">@notacmebrand</a>')),
    ]),
  ).toEqual([]);
});

test('a mention after a link that only ends in the brand’s name still counts', () => {
  expect(
    scanFeed([
      tweet('fay', '106', text('<a href="/topics/acmebrand">topic</a> <a href="/acmebrand">@acmebrand</a>')),
    ]),
  ).toEqual(['x:106']);
});

test('a quoted tweet by the brand is not the quoting stranger’s mention', () => {
  const quoted = tweet('acmebrand', '200', text('Our news'));
  expect(scanFeed([tweet('gus', '107', `${text('Look at this')}${quoted}`)])).toEqual([]);
});

test('a second brand account is looked for too; a name X could not have is ignored', () => {
  expect(
    scanFeed(
      [
        tweet('hana', '108', text('<a href="/acme_help">@acme_help</a>')),
        tweet('ivan', '109', text('<a href="/acmebrand">@acmebrand</a>')),
      ],
      ['Acme "Brand" Ltd', '@acme_help'],
    ),
  ).toEqual(['x:108']);
});
