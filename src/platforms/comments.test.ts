// @vitest-environment happy-dom
/**
 * Comment scans of the e2e fixture pages (real markup around real editors) against each fixture's
 * expected.ts: ids, authors, times, text and the brand's answers, with the brand configured in the
 * forms a user may type it. Only the brand's conversations count: with no account named, on a
 * stranger's thread and in a feed of strangers' posts, nothing is tracked.
 */
import { describe, expect, test } from 'vitest';
import { expected as bluesky } from '../../e2e/fixtures/bluesky/expected';
import { expected as facebook } from '../../e2e/fixtures/facebook/expected';
import { expected as instagram } from '../../e2e/fixtures/instagram/expected';
import { expected as linkedin } from '../../e2e/fixtures/linkedin/expected';
import { expected as mastodon } from '../../e2e/fixtures/mastodon/expected';
import type { ExpectedThread } from '../../e2e/fixtures/shared/expected';
import { expected as threads } from '../../e2e/fixtures/threads/expected';
import { expected as vk } from '../../e2e/fixtures/vk/expected';
import { expected as x } from '../../e2e/fixtures/x/expected';
import type { Network } from '../shared/networks';
import type { Adapter } from './adapter';
import { adapter as blueskyAdapter } from './bluesky';
import { adapter as facebookAdapter } from './facebook';
import { adapter as instagramAdapter } from './instagram';
import { adapter as linkedinAdapter } from './linkedin';
import { adapter as mastodonAdapter } from './mastodon';
import { loadPage, readE2eFixture } from './test-page';
import { adapter as threadsAdapter } from './threads';
import { adapter as vkAdapter } from './vk';
import { adapter as xAdapter } from './x';

const cases: [Network, Adapter, ExpectedThread, string][] = [
  ['x', xAdapter, x, '@acmebrand'],
  ['facebook', facebookAdapter, facebook, 'https://www.facebook.com/acmebrand'],
  ['instagram', instagramAdapter, instagram, 'AcmeBrand'],
  ['threads', threadsAdapter, threads, '@acmebrand'],
  ['linkedin', linkedinAdapter, linkedin, 'acmebrand'],
  ['vk', vkAdapter, vk, 'acmebrand'],
  ['mastodon', mastodonAdapter, mastodon, '@acmebrand@mastodon.social'],
  ['bluesky', blueskyAdapter, bluesky, '@acmebrand.bsky.social'],
];

/** A scan's `writtenAt` as the background reads it: the page's datetime text, or milliseconds. */
const instant = (written: number | string | undefined) =>
  typeof written === 'string' ? Date.parse(written) : written;

function expectedComments(network: Network, thread: ExpectedThread) {
  return thread.comments.map((comment) => ({
    id: `${network}:${comment.id}`,
    network,
    author: comment.author,
    excerpt: comment.text,
    writtenAt: comment.writtenAt ? Date.parse(comment.writtenAt) : undefined,
    pageUrl: thread.pageUrl,
    answeredByBrand: comment.answeredByBrand,
  }));
}

/** Each network's home feed, where the fixture's thread appears as someone else's post. */
const feeds: Record<Network, string> = {
  x: 'https://x.com/home',
  facebook: 'https://www.facebook.com/',
  instagram: 'https://www.instagram.com/',
  threads: 'https://www.threads.com/',
  linkedin: 'https://www.linkedin.com/feed/',
  vk: 'https://vk.com/feed',
  mastodon: 'https://mastodon.social/home',
  bluesky: 'https://bsky.app/',
};

/** The fixture's page with the brand's account and name replaced by a stranger's. */
function strangersPage(network: Network): string {
  return readE2eFixture(network)
    .replace(/acmebrand/gi, 'strangerco')
    .replace(/\bAcme\b/g, 'Stranger Co');
}

describe.each(cases)('%s comments on the e2e fixture page', (network, adapter, thread, handleForm) => {
  const scanAt = (html: string, pageUrl: string, brandHandles: string[]) => {
    const document = loadPage(html, pageUrl);
    return adapter
      .comments(document, { pageUrl, brandHandles })
      .map(({ postId: _postId, ...comment }) => ({ ...comment, writtenAt: instant(comment.writtenAt) }));
  };
  const scan = (brandHandles: string[]) => scanAt(readE2eFixture(network), thread.pageUrl, brandHandles);

  test.each([
    ['the brand as the page shows it', [thread.brand]],
    ['the brand as typed in the options', [handleForm]],
    ['two accounts of the brand named', ['@another_brand_account', handleForm]],
  ])('the brand’s own thread, with %s: exactly its replies', (_label, brandHandles) => {
    expect(scan(brandHandles)).toEqual(expectedComments(network, thread));
  });

  test(`${network}: no account set, 0 tracked`, () => {
    expect(scan([])).toEqual([]);
    expect(scan(['', '  '])).toEqual([]);
  });

  test(`${network}: a thread by another account, 0 tracked`, () => {
    expect(scan(['someone_else'])).toEqual([]);
  });

  test(`${network}: a feed with others’ comments, 0 tracked`, () => {
    expect(scanAt(strangersPage(network), feeds[network], [handleForm])).toEqual([]);
    expect(scanAt(strangersPage(network), feeds[network], [thread.brand])).toEqual([]);
  });

  test('the brand’s own replies are never comments', () => {
    const ids = scan([thread.brand]).map((comment) => comment.id);
    for (const reply of thread.brandReplies) expect(ids).not.toContain(`${network}:${reply.id}`);
  });
});
