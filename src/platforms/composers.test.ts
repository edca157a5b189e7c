// @vitest-environment happy-dom
/**
 * Each adapter against saved snapshots of its network's composers (src/platforms/__fixtures__,
 * markup per docs/ARCHITECTURE.md, labels in English, French and Russian where the site localises them):
 * every composer found once, its kind and reply context, the draft as the editor holds it, the
 * attachments beside it and its post button.
 */
import { describe, expect, test } from 'vitest';
import type { AttachmentKind } from '../shared/draft';
import type { Adapter } from './adapter';
import { adapter as bluesky } from './bluesky';
import { adapter as facebook } from './facebook';
import { adapter as instagram } from './instagram';
import { adapter as linkedin } from './linkedin';
import { adapter as mastodon } from './mastodon';
import { loadPage, readSnapshot } from './test-page';
import { adapter as threads } from './threads';
import { adapter as vk } from './vk';
import { adapter as x } from './x';

interface ExpectedComposer {
  kind: 'post' | 'reply';
  replyTo?: string;
  text: string;
  attachments: AttachmentKind[];
  /** The post button's aria-label or text, lower-case; null when the composer shows none. */
  button: string | null;
}

const cases: [string, Adapter, string, string, ExpectedComposer[]][] = [
  [
    'X status page',
    x,
    'x-status.html',
    'https://x.com/acmebrand/status/1790000000000000001',
    [
      {
        kind: 'reply',
        replyTo: 'Autumn is here 🍂!',
        text: 'Thanks 🎉\n\nSee you',
        attachments: ['image'],
        button: 'reply',
      },
    ],
  ],
  [
    'X home and modal',
    x,
    'x-home.html',
    'https://x.com/home',
    [
      { kind: 'post', text: '', attachments: [], button: 'post' },
      { kind: 'post', text: 'New drop', attachments: ['video'], button: 'post' },
    ],
  ],
  [
    'Facebook in French',
    facebook,
    'facebook-fr.html',
    'https://www.facebook.com/acmebrand',
    [
      { kind: 'reply', replyTo: 'Vous livrez en France ?', text: '', attachments: [], button: 'commenter' },
      {
        kind: 'reply',
        replyTo: 'Notre collection d’automne est arrivée !',
        text: 'Merci 😍',
        attachments: [],
        button: 'commenter',
      },
      { kind: 'post', text: 'Ligne un\n\nLigne trois', attachments: ['image'], button: 'publier' },
    ],
  ],
  [
    'Facebook in Russian',
    facebook,
    'facebook-ru.html',
    'https://www.facebook.com/',
    [
      {
        kind: 'reply',
        replyTo: 'Скидки на всё до воскресенья',
        text: '',
        attachments: [],
        button: 'комментировать',
      },
      { kind: 'post', text: '', attachments: [], button: 'опубликовать' },
    ],
  ],
  [
    'Instagram in Russian',
    instagram,
    'instagram-post.html',
    'https://www.instagram.com/p/C0ffee123/',
    [
      {
        kind: 'reply',
        replyTo: 'Осенняя коллекция уже здесь',
        text: 'Класс!\nГде купить?',
        attachments: [],
        button: 'опубликовать',
      },
      { kind: 'post', text: 'Новинка #осень', attachments: ['image'], button: 'поделиться' },
    ],
  ],
  [
    'Threads in French',
    threads,
    'threads-post.html',
    'https://www.threads.com/@acmebrand/post/C0ffee',
    [
      {
        kind: 'reply',
        replyTo: 'Nouvelle semaine, nouvelle collection.',
        text: 'Bravo',
        attachments: [],
        button: 'publier',
      },
      { kind: 'post', text: '', attachments: ['video'], button: 'publier' },
    ],
  ],
  [
    'LinkedIn feed',
    linkedin,
    'linkedin-feed.html',
    'https://www.linkedin.com/feed/',
    [
      { kind: 'reply', replyTo: 'Remote too?', text: '', attachments: [], button: 'reply' },
      {
        kind: 'reply',
        replyTo: "We're hiring in Lyon!",
        text: 'Great news\n\nCount me in',
        attachments: [],
        button: 'comment',
      },
      { kind: 'post', text: 'Hello world', attachments: ['poll'], button: 'post' },
    ],
  ],
  [
    'VK wall',
    vk,
    'vk-wall.html',
    'https://vk.com/acmebrand',
    [
      { kind: 'post', text: 'Первая строка\nВторая 🔥', attachments: [], button: 'опубликовать' },
      { kind: 'reply', replyTo: 'Осенняя коллекция!', text: '', attachments: [], button: 'отправить' },
      { kind: 'post', text: 'Привет', attachments: ['image'], button: 'опубликовать' },
    ],
  ],
  [
    'Mastodon compose forms',
    mastodon,
    'mastodon-reply.html',
    'https://mastodon.social/home',
    [
      {
        kind: 'reply',
        replyTo: 'Is the green scarf made of wool?',
        text: '@alice Yes!\nMerino.',
        attachments: ['image', 'poll'],
        button: 'répondre',
      },
      { kind: 'post', text: '', attachments: [], button: 'опубликовать' },
    ],
  ],
  [
    'Bluesky reply dialog',
    bluesky,
    'bluesky-thread.html',
    'https://bsky.app/profile/acmebrand.bsky.social/post/3kabc',
    [
      {
        kind: 'reply',
        replyTo: 'Notre collection d’automne est là !',
        text: 'Super \nmerci',
        attachments: ['image'],
        button: 'publier la réponse',
      },
    ],
  ],
];

describe.each(cases)('%s', (_name, adapter, file, url, expected) => {
  const load = () => loadPage(readSnapshot(file), url, { compact: true });

  test('finds every composer, with its kind, reply context, draft, attachments and button', () => {
    const found = adapter.composers(load()).map((composer) => {
      const draft = adapter.readDraft(composer);
      const button = adapter.postButton(composer);
      const label = button
        ? (button.getAttribute('aria-label') ?? button.textContent ?? '').trim().toLowerCase()
        : null;
      return {
        kind: composer.kind,
        ...(composer.replyTo ? { replyTo: composer.replyTo } : {}),
        text: draft.text,
        attachments: [...draft.attachments].sort(),
        button: label,
      };
    });
    expect(found).toEqual(
      expected.map((composer) => ({ ...composer, attachments: [...composer.attachments].sort() })),
    );
  });

  test('composerFor finds the composer from inside its editor', () => {
    const document = load();
    for (const composer of adapter.composers(document)) {
      const inner = composer.element.querySelector('span, p, div') ?? composer.element;
      expect(adapter.composerFor(inner)?.element).toBe(composer.element);
    }
  });

  test('the page is healthy', () => {
    const health = adapter.health(load());
    expect(health.composerMissing).toBe(false);
    expect(health.matched.composer ?? 0).toBeGreaterThan(0);
  });
});
