import { expect, test } from 'vitest';
import { networkForHost } from './network-for-host';

test.each([
  ['x.com', 'x'],
  ['twitter.com', 'x'],
  ['mobile.twitter.com', 'x'],
  ['www.facebook.com', 'facebook'],
  ['m.facebook.com', 'facebook'],
  ['www.instagram.com', 'instagram'],
  ['www.threads.com', 'threads'],
  ['www.threads.net', 'threads'],
  ['www.linkedin.com', 'linkedin'],
  ['vk.com', 'vk'],
  ['m.vk.com', 'vk'],
  ['bsky.app', 'bluesky'],
  ['mastodon.social', 'mastodon'],
  ['X.COM.', 'x'],
  ['notx.com', null],
  ['facebook.com.evil.example', null],
  ['example.org', null],
])('%s -> %s', (host, network) => {
  expect(networkForHost(host)).toBe(network);
});

test('a Mastodon instance the user added', () => {
  expect(networkForHost('fosstodon.org', ['fosstodon.org'])).toBe('mastodon');
  expect(networkForHost('fosstodon.org')).toBeNull();
});
