// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { adapterForHost } from './index';

describe('adapterForHost', () => {
  test.each([
    ['x.com', 'x'],
    ['twitter.com', 'x'],
    ['mobile.twitter.com', 'x'],
    ['www.facebook.com', 'facebook'],
    ['www.instagram.com', 'instagram'],
    ['www.threads.com', 'threads'],
    ['www.threads.net', 'threads'],
    ['www.linkedin.com', 'linkedin'],
    ['vk.com', 'vk'],
    ['mastodon.social', 'mastodon'],
    ['bsky.app', 'bluesky'],
  ])('%s → %s', async (host, network) => {
    const adapter = await adapterForHost(host);
    expect(adapter.network).toBe(network);
    expect(Object.keys(adapter.selectors).length).toBeGreaterThan(0);
  });

  test('a Mastodon instance the user added', async () => {
    expect((await adapterForHost('fosstodon.org', ['fosstodon.org'])).network).toBe('mastodon');
    expect((await adapterForHost('fosstodon.org')).network).toBeNull();
  });

  test('any other page gets the generic finder', async () => {
    const adapter = await adapterForHost('example.com');
    expect(adapter.network).toBeNull();
    expect(adapter.comments(document, { pageUrl: 'https://example.com/' })).toEqual([]);
  });
});
