// @vitest-environment happy-dom
/**
 * Private messages are never ours: a composer in a network's direct messages (Messenger on
 * facebook.com and its chat boxes over other pages, X's DMs, Instagram Direct, LinkedIn messaging,
 * VK's messages, Bluesky's chat) is found by no adapter, so it gets no panel and its text is never
 * saved, and it is no "missing composer" either. Threads has no messages on the web; Mastodon's
 * direct messages are posts with a visibility, and stay posts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { networkForHost } from '../shared/network-for-host';
import type { Adapter } from './adapter';
import { adapter as bluesky } from './bluesky';
import { adapter as facebook } from './facebook';
import { adapter as instagram } from './instagram';
import { adapter as linkedin } from './linkedin';
import { loadPage, readSnapshot } from './test-page';
import { adapter as vk } from './vk';
import { adapter as x } from './x';

const conversations: [string, Adapter, string, string][] = [
  [
    'Messenger on facebook.com',
    facebook,
    'facebook-messenger.html',
    'https://www.facebook.com/messages/t/100000000000001',
  ],
  [
    'X direct messages',
    x,
    'x-messages.html',
    'https://x.com/messages/1790000000000000001-1790000000000000002',
  ],
  ['X chat', x, 'x-messages.html', 'https://x.com/i/chat/1790000000000000001-1790000000000000002'],
  [
    'Instagram Direct',
    instagram,
    'instagram-direct.html',
    'https://www.instagram.com/direct/t/340282366841710300/',
  ],
  [
    'LinkedIn messaging',
    linkedin,
    'linkedin-messaging.html',
    'https://www.linkedin.com/messaging/thread/2-abc/',
  ],
  ['VK messages', vk, 'vk-im.html', 'https://vk.com/im?sel=123456'],
  ['Bluesky chat', bluesky, 'bluesky-messages.html', 'https://bsky.app/messages/3kabcdefghij'],
];

const editableIn = (document: Document) =>
  document.querySelector<HTMLElement>('[contenteditable="true"], textarea')!;

describe.each(conversations)('%s', (_name, adapter, snapshot, url) => {
  test('has no composer of ours: no panel, nothing saved', () => {
    const page = loadPage(readSnapshot(snapshot), url, { compact: true });
    expect(adapter.composers(page)).toEqual([]);
    expect(adapter.composerFor(editableIn(page))).toBeNull();
  });

  test('is no missing composer either (no health notice opens a panel)', () => {
    const page = loadPage(readSnapshot(snapshot), url, { compact: true });
    expect(adapter.health(page).composerMissing).toBe(false);
  });
});

describe('the same boxes away from the messages pages', () => {
  test('a Messenger chat box over the Facebook feed is not ours; the comment box beside it is', () => {
    const page = loadPage(readSnapshot('facebook-chat-box.html'), 'https://www.facebook.com/', {
      compact: true,
    });
    const found = facebook.composers(page);
    expect(found.map((composer) => composer.element.getAttribute('aria-label'))).toEqual([
      'Write a comment…',
    ]);
    const chat = page.querySelector<HTMLElement>('[aria-placeholder="Aa"]')!;
    expect(facebook.composerFor(chat)).toBeNull();
    expect(facebook.health(page).composerMissing).toBe(false);
  });

  test.each([
    ['LinkedIn', linkedin, 'linkedin-messaging.html', 'https://www.linkedin.com/feed/'],
    ['VK', vk, 'vk-im.html', 'https://vk.com/feed'],
    ['X (the messages drawer)', x, 'x-messages.html', 'https://x.com/home'],
  ])('a %s conversation box opened over another page is not ours', (_name, adapter, snapshot, url) => {
    const page = loadPage(readSnapshot(snapshot), url, { compact: true });
    expect(adapter.composerFor(editableIn(page))).toBeNull();
    expect(adapter.health(page).composerMissing).toBe(false);
  });

  test('the post composers of a network still work on its other pages', () => {
    const page = loadPage(readSnapshot('facebook-fr.html'), 'https://www.facebook.com/acmebrand', {
      compact: true,
    });
    expect(facebook.composers(page).length).toBeGreaterThan(0);
  });
});

describe('messenger.com', () => {
  test('is no network of ours, and the content script is not injected there', () => {
    expect(networkForHost('www.messenger.com')).toBeNull();
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'manifest.json'), 'utf8')) as {
      content_scripts: { matches: string[] }[];
    };
    const matches = manifest.content_scripts.flatMap((script) => script.matches);
    expect(matches.filter((match) => match.includes('messenger'))).toEqual([]);
  });
});
