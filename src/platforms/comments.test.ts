// @vitest-environment happy-dom
/**
 * Comment scans of the e2e fixture pages (real markup around real editors) against each fixture's
 * expected.ts: ids, authors, times, text and the brand's answers, with the brand configured in the
 * forms a user may type it, and without it (the page's owner stands for the brand).
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

describe.each(cases)('%s comments on the e2e fixture page', (network, adapter, thread, handleForm) => {
  const scan = (brandHandle?: string) => {
    const document = loadPage(readE2eFixture(network), thread.pageUrl);
    return adapter
      .comments(document, { pageUrl: thread.pageUrl, ...(brandHandle !== undefined ? { brandHandle } : {}) })
      .map(({ postId: _postId, ...comment }) => ({ ...comment, writtenAt: comment.writtenAt }));
  };

  test.each([
    ['the brand as the page shows it', thread.brand],
    ['the brand as typed in the options', handleForm],
    ['no brand configured', undefined],
  ])('with %s', (_label, brandHandle) => {
    expect(scan(brandHandle)).toEqual(expectedComments(network, thread));
  });

  test('the brand’s own replies are never comments', () => {
    const ids = scan(thread.brand).map((comment) => comment.id);
    for (const reply of thread.brandReplies) expect(ids).not.toContain(`${network}:${reply.id}`);
  });
});
