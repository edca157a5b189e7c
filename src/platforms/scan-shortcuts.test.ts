// @vitest-environment happy-dom
/**
 * What the comment scans' shortcuts must still tell apart, per network: others' links read only
 * when one may name the brand (Threads, Bluesky), parts found by one query even when a nested
 * reply's come first (Facebook, Instagram), link attributes standing for `href` (Facebook).
 */
import { expect, test } from 'vitest';
import type { Adapter } from './adapter';
import { adapter as bluesky } from './bluesky';
import { adapter as facebook } from './facebook';
import { adapter as instagram } from './instagram';
import { loadPage } from './test-page';
import { adapter as threads } from './threads';

function scan(adapter: Adapter, html: string, pageUrl: string, brandHandles: string[]) {
  const document = loadPage(html, pageUrl);
  return adapter.comments(document, { brandHandles, pageUrl });
}

const threadsItem = (handle: string, code: string, body: string) =>
  `<div data-pressable-container="true"><a href="/@${handle}">${handle}</a>
    <a href="/@${handle}/post/${code}"><time datetime="2025-11-20T09:00:00.000Z">4h</time></a>
    <span dir="auto">${body}</span></div>`;

test('Threads, off the brand’s thread: only items naming the brand, in any letter case', () => {
  const found = scan(
    threads,
    `<main>${[
      threadsItem('someone', 'Root1', 'A post'),
      threadsItem('alice', 'A1', 'Hi <a href="/@AcmeBrand">@AcmeBrand</a>'),
      threadsItem('bob', 'B1', 'Hi <a href="/@acmebrand_fan">@acmebrand_fan</a>'),
      threadsItem('carol', 'C1', 'Nothing to see'),
      threadsItem('acmebrand', 'R1', 'Thanks <a href="/@alice">@alice</a>'),
    ].join('')}</main>`,
    'https://www.threads.com/@someone/post/Root1',
    ['@acmebrand'],
  );
  expect(found.map((comment) => [comment.id, comment.answeredByBrand])).toEqual([['threads:A1', true]]);
});

test('Threads: the date comes from the first time that has one', () => {
  const html = `<main><div data-pressable-container="true"><a href="/@alice">alice</a>
    <a href="/@alice/post/A1"><time>4h</time></a><time datetime="2025-11-20T09:00:00.000Z">x</time>
    <span dir="auto">Hello</span></div></main>`;
  const [comment] = scan(threads, html, 'https://www.threads.com/@acmebrand/post/Root1', ['acmebrand']);
  expect(comment.writtenAt).toBe('2025-11-20T09:00:00.000Z');
});

const blueskyItem = (handle: string, rkey: string, extra: string) =>
  `<div data-testid="postThreadItem-by-${handle}"><a href="/profile/${handle}">${handle}</a>${extra}
    <a href="/profile/${handle}/post/${rkey}">1h</a><div data-testid="postText">Text of ${rkey}</div></div>`;

test('Bluesky, off the brand’s thread: only items naming the brand; the item’s own post link', () => {
  const found = scan(
    bluesky,
    `<main>${[
      blueskyItem('someone.bsky.social', 'root', ''),
      // A quoted post's link comes before the item's own.
      blueskyItem(
        'alice.bsky.social',
        'a1',
        '<a href="/profile/dave.bsky.social/post/quoted">quote</a> Reply to <a href="/profile/AcmeBrand.bsky.social">acme</a>',
      ),
      blueskyItem('bob.bsky.social', 'b1', 'Reply to <a href="/profile/acmebrand.bsky.social.fake">x</a>'),
      blueskyItem('carol.bsky.social', 'c1', ''),
    ].join('')}</main>`,
    'https://bsky.app/profile/someone.bsky.social/post/root',
    ['acmebrand.bsky.social'],
  );
  expect(found.map((comment) => comment.id)).toEqual(['bluesky:a1']);
});

test('Facebook: a comment’s own parts when its replies come first; relative permalinks resolved', () => {
  const html = `<div role="feed"><div aria-posinset="1">
    <a href="https://www.facebook.com/acmebrand">Acme</a>
    <div role="article" aria-label="Comment by Alice">
      <div role="article" aria-label="Reply by Acme">
        <a href="https://www.facebook.com/acmebrand">Acme</a><div dir="auto">Thanks!</div>
        <a href="https://www.facebook.com/acmebrand/posts/1?comment_id=7&amp;reply_comment_id=8">1h</a>
      </div>
      <a href="/acmebrand/posts/1?comment_id=7">2h</a>
      <a href="https://www.facebook.com/alice.martin">Alice Martin</a><div dir="auto">Hello</div>
    </div>
  </div></div>`;
  const found = scan(facebook, html, 'https://www.facebook.com/acmebrand', ['acmebrand']);
  expect(found).toMatchObject([
    {
      id: 'facebook:7',
      author: 'Alice Martin',
      excerpt: 'Hello',
      answeredByBrand: true,
      postId: 'https://www.facebook.com/acmebrand/posts/1',
    },
  ]);
});

test('Facebook, on another’s post: a comment linking to the brand’s profile is a mention', () => {
  const comment = (id: string, author: string, text: string) =>
    `<div role="article" aria-label="Comment by ${author}"><a href="https://www.facebook.com/${author}">${author}</a>
      <div dir="auto">${text}</div><a href="https://www.facebook.com/someone/posts/1?comment_id=${id}">2h</a></div>`;
  const html = `<div role="feed"><div aria-posinset="1"><a href="https://www.facebook.com/someone">Someone</a>
    ${comment('1', 'alice', 'Ask <a href="https://www.facebook.com/AcmeBrand">them</a>')}
    ${comment('2', 'bob', 'Ask <a href="https://www.facebook.com/acmebrandfan">them</a>')}
  </div></div>`;
  const found = scan(facebook, html, 'https://www.facebook.com/', ['acmebrand']);
  expect(found.map((item) => item.id)).toEqual(['facebook:1']);
});

test('Instagram: a comment’s own username and text when its replies come first', () => {
  const html = `<main><ul>
    <li><a href="/acmebrand/">acmebrand</a><span dir="auto">Caption</span><time datetime="2025-11-20T08:00:00.000Z">5h</time></li>
    <li><ul><li><a href="/acmebrand/">acmebrand</a> <span dir="auto">Yes!</span>
        <a href="/p/C0ffee/c/2/"><time datetime="2025-11-20T10:00:00.000Z">3h</time></a></li></ul>
      <a href="/alice.m/">alice.m</a> <span dir="auto">Is it back?</span>
      <a href="/p/C0ffee/c/1/"><time datetime="2025-11-20T09:00:00.000Z">4h</time></a></li>
  </ul></main>`;
  const found = scan(instagram, html, 'https://www.instagram.com/p/C0ffee/', ['acmebrand']);
  expect(found).toMatchObject([
    { id: 'instagram:1', author: 'alice.m', excerpt: 'Is it back?', answeredByBrand: true },
  ]);
});
