// @vitest-environment happy-dom
/**
 * The account each network's page is signed in as, read where the page shows it (its navigation),
 * on the e2e fixture pages: it picks the brand the panel advises for.
 */
import { expect, test } from 'vitest';
import { expectedThreads } from '../../e2e/fixtures/expected-threads';
import type { Network } from '../shared/networks';
import { sameAccount } from './dom';
import { adapterFor } from './index';
import { loadPage, readE2eFixture } from './test-page';

const signedInAs: [Network, string, string][] = [
  ['x', 'acmebrand', '@AcmeBrand'],
  ['facebook', 'acmebrand', 'https://www.facebook.com/acmebrand'],
  ['instagram', 'acmebrand', 'acmebrand'],
  ['threads', 'acmebrand', '@acmebrand'],
  // The LinkedIn page's admin is a member: the company page is not who is signed in.
  ['linkedin', 'jane-doe-acme', 'https://www.linkedin.com/in/jane-doe-acme/'],
  ['vk', 'acmebrand', 'https://vk.com/acmebrand'],
  ['mastodon', 'acmebrand', 'acmebrand@mastodon.social'],
  ['bluesky', 'acmebrand.bsky.social', '@acmebrand.bsky.social'],
];

test.each(signedInAs)('%s: the page is signed in as %s', (network, account, typed) => {
  const document = loadPage(readE2eFixture(network), expectedThreads[network].pageUrl);
  const seen = adapterFor(network).signedInAccount(document);
  expect(seen).toBe(account);
  expect(sameAccount(typed, seen)).toBe(true);
  expect(sameAccount('someone_else', seen)).toBe(false);
});

test.each(signedInAs)('%s: a page that shows no account names none', (network) => {
  const document = loadPage('<main><p>Signed out</p></main>', expectedThreads[network].pageUrl);
  expect(adapterFor(network).signedInAccount(document)).toBe('');
});
