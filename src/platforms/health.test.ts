// @vitest-environment happy-dom
/**
 * Health: when a supported page no longer matches what its adapter expects — an editable field is
 * visible but no composer selector finds it (the site renamed its test ids), or a post page has
 * lost its comments container — the flags say so; a page that matches raises none.
 */
import { describe, expect, test } from 'vitest';
import type { Adapter } from './adapter';
import { adapter as bluesky } from './bluesky';
import { adapter as facebook } from './facebook';
import { adapter as generic } from './generic';
import { adapter as instagram } from './instagram';
import { adapter as linkedin } from './linkedin';
import { adapter as mastodon } from './mastodon';
import { loadPage } from './test-page';
import { adapter as threads } from './threads';
import { adapter as vk } from './vk';
import { adapter as x } from './x';

/** An editor whose site changed its markup: a contenteditable none of the selectors know. */
const unknownEditor =
  '<main><div class="renamed-editor" contenteditable="true" role="presentation"><p>Hi</p></div></main>';
const unknownTextarea =
  '<main><div class="renamed"><textarea aria-label="Écrivez ici"></textarea></div></main>';

const adapters: [string, Adapter, string][] = [
  ['x', x, 'https://x.com/home'],
  ['facebook', facebook, 'https://www.facebook.com/'],
  ['instagram', instagram, 'https://www.instagram.com/'],
  ['threads', threads, 'https://www.threads.com/'],
  ['linkedin', linkedin, 'https://www.linkedin.com/feed/'],
  ['vk', vk, 'https://vk.com/feed'],
  ['mastodon', mastodon, 'https://mastodon.social/home'],
  ['bluesky', bluesky, 'https://bsky.app/'],
];

describe.each(adapters)('%s health', (_name, adapter, url) => {
  test.each([
    ['a visible contenteditable', unknownEditor, true],
    ['a visible textarea', unknownTextarea, true],
    ['a hidden contenteditable', `<div hidden>${unknownEditor}</div>`, false],
    ['no editable field at all', '<main><p>Nothing to write in</p></main>', false],
  ])('%s that no selector matches → composerMissing %s', (_label, html, missing) => {
    expect(adapter.health(loadPage(html, url)).composerMissing).toBe(missing);
  });

  test('reports how many elements each selector matched', () => {
    const health = adapter.health(loadPage('<main></main>', url));
    expect(Object.keys(health.matched).sort()).toEqual(Object.keys(adapter.selectors).sort());
    expect(Object.values(health.matched).every((count) => count >= 0)).toBe(true);
  });
});

describe('commentsMissing on post pages whose comments container is gone', () => {
  const empty = '<main><div class="renamed-thread"><p>A post</p></div></main>';
  test.each([
    ['x', x, 'https://x.com/acmebrand/status/1790000000000000001', '<article data-testid="tweet"></article>'],
    ['facebook', facebook, 'https://www.facebook.com/acmebrand/posts/pfbid02X', '<div role="article"></div>'],
    [
      'instagram',
      instagram,
      'https://www.instagram.com/p/C0ffee123/',
      '<ul><li><time datetime="2025-11-20T08:00:00Z"></time></li></ul>',
    ],
    [
      'threads',
      threads,
      'https://www.threads.com/@acmebrand/post/C0ffee',
      '<div data-pressable-container="true"></div>',
    ],
    [
      'linkedin',
      linkedin,
      'https://www.linkedin.com/feed/update/urn:li:activity:1/',
      '<div class="comments-comments-list"></div>',
    ],
    ['vk', vk, 'https://vk.com/wall-123456_10', '<div class="_post post" data-post-id="-123456_10"></div>'],
    [
      'mastodon',
      mastodon,
      'https://mastodon.social/@acmebrand/1122334455',
      '<div class="detailed-status"></div>',
    ],
    [
      'bluesky',
      bluesky,
      'https://bsky.app/profile/acmebrand.bsky.social/post/3kabc',
      '<div data-testid="postThreadItem-by-acmebrand.bsky.social"></div>',
    ],
  ])('%s', (_name, adapter, url, container) => {
    expect(adapter.health(loadPage(empty, url)).commentsMissing).toBe(true);
    expect(adapter.health(loadPage(`<main>${container}</main>`, url)).commentsMissing).toBe(false);
  });

  test.each([
    ['x home', x, 'https://x.com/home'],
    ['mastodon home', mastodon, 'https://mastodon.social/home'],
    ['bluesky feed', bluesky, 'https://bsky.app/'],
  ])('not on pages without comments (%s)', (_name, adapter, url) => {
    expect(adapter.health(loadPage(empty, url)).commentsMissing).toBe(false);
  });
});

describe('the generic adapter', () => {
  test('finds the focused field only, as a post, and is always healthy', () => {
    const document = loadPage(
      '<form><textarea id="a">One</textarea><div id="b" contenteditable="true"><p>Two</p></div><button type="submit">Send</button></form>',
      'https://example.com/',
    );
    expect(generic.composers(document)).toEqual([]);
    document.getElementById('b')?.focus();
    const [composer] = generic.composers(document);
    expect(composer?.element.id).toBe('b');
    expect(composer?.kind).toBe('post');
    expect(generic.readDraft(composer!).text).toBe('Two');
    expect(generic.postButton(composer!)?.textContent).toBe('Send');
    expect(generic.comments(document, { pageUrl: 'https://example.com/', brandHandles: ['acme'] })).toEqual(
      [],
    );
    expect(generic.health(document)).toEqual({ composerMissing: false, commentsMissing: false, matched: {} });
  });

  test('composerFor finds the outermost editable root of a click', () => {
    const document = loadPage(
      '<div id="root" contenteditable="true"><p><span id="inner">x</span></p></div>',
      'https://example.com/',
    );
    expect(generic.composerFor(document.getElementById('inner')!)?.element.id).toBe('root');
  });
});
