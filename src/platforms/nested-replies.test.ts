// @vitest-environment happy-dom
/**
 * Nested replies on VK, LinkedIn and Facebook, and mentions on Mastodon: the scans read each comment once,
 * find answers by walking up from the brand's replies and read links only when a comment may name
 * the brand (vk.ts, linkedin.ts, mastodon.ts). These cases pin what those shortcuts must still
 * tell apart: answers at any depth, replies to the brand in strangers' threads, mentions by link.
 */
import { describe, expect, test } from 'vitest';
import type { Adapter } from './adapter';
import { adapter as facebook } from './facebook';
import { adapter as linkedin } from './linkedin';
import { adapter as mastodon } from './mastodon';
import { loadPage } from './test-page';
import { adapter as vk } from './vk';

function scan(adapter: Adapter, html: string, pageUrl: string, root?: (page: Document) => ParentNode) {
  const page = loadPage(`<main>${html}</main>`, pageUrl);
  return adapter
    .comments(root ? root(page) : page, { brandHandles: ['acmebrand'], pageUrl })
    .map((comment) => `${comment.id}${comment.answeredByBrand ? ' answered' : ''}`);
}

describe('VK', () => {
  const reply = (id: string, slug: string, text: string, nested = '') =>
    `<div class="reply _post" data-post-id="-1_${id}"><div class="reply_wrap">
      <a class="reply_image" href="/${slug}">${slug[0]}</a><div class="reply_content">
      <div class="reply_author"><a class="author" href="/${slug}">${slug}</a></div>
      <div class="reply_text"><div class="wall_reply_text">${text}</div></div>
      <div class="reply_footer"><span class="rel_date" time="1763629500">9:05</span></div></div></div>
      ${nested ? `<div class="replies_wrap_deep">${nested}</div>` : ''}</div>`;
  const post = (author: string, replies: string) =>
    `<div class="_post post" data-post-id="-1_10"><div class="post_header"><a class="author" href="/${author}">${author}</a></div>
      <div class="replies"><div class="replies_list">${replies}</div></div></div>`;
  const feed = 'https://vk.com/feed';

  test('a brand answer nested two levels down answers both replies above it', () => {
    const replies = [
      reply('11', 'alice', 'Wool?', reply('12', 'bob', 'Same question', reply('13', 'acmebrand', 'Yes'))),
      reply('14', 'carol', 'Colours?', reply('15', 'dan', 'Blue')),
    ].join('');
    expect(scan(vk, post('acmebrand', replies), feed)).toEqual([
      'vk:-1_11 answered',
      'vk:-1_12 answered',
      'vk:-1_14',
      'vk:-1_15',
    ]);
  });

  test('in a stranger’s post: replies to the brand and replies naming it, nothing else', () => {
    const replies = [
      reply('11', 'acmebrand', 'Our view', reply('12', 'bob', 'Thanks!')),
      reply('13', 'carol', 'Ask <a href="/acmebrand">Acme</a>'),
      reply('14', 'dan', 'Ask <a href="/someone">someone</a>'),
      reply('15', 'erin', 'Hi @acmebrand'),
      reply('16', 'fay', 'Nothing'),
    ].join('');
    expect(scan(vk, post('stranger', replies), feed)).toEqual(['vk:-1_12', 'vk:-1_13', 'vk:-1_15']);
  });

  test('a reply scanned alone (added to the page) still sees the brand reply it answers', () => {
    const html = post('stranger', reply('11', 'acmebrand', 'Our view', reply('12', 'bob', 'Thanks!')));
    const added = (page: Document) => page.querySelector('[data-post-id="-1_12"]') as Element;
    expect(scan(vk, html, feed, added)).toEqual(['vk:-1_12']);
  });
});

describe('LinkedIn', () => {
  const comment = (id: string, slug: string, text: string, nested = '', badge = false) =>
    `<article class="comments-comment-entity" data-id="urn:li:comment:(activity:1,${id})">
      <a class="comments-comment-meta__description-container" href="https://www.linkedin.com/in/${slug}/">
        <span class="comments-comment-meta__description-title">${slug}</span>
        ${badge ? '<span class="comments-comment-meta__badge">Author</span>' : ''}</a>
      <div class="comments-comment-item__main-content"><span dir="ltr">${text}</span></div>
      ${nested ? `<div class="replies">${nested}</div>` : ''}</article>`;
  const update = (actor: string, comments: string) =>
    `<div class="feed-shared-update-v2" data-urn="urn:li:activity:1">
      <a class="update-components-actor__title" href="https://www.linkedin.com/company/${actor}/">${actor}</a>
      <div class="comments-comments-list">${comments}</div></div>`;
  const feed = 'https://www.linkedin.com/feed/';
  const id = (n: string) => `linkedin:urn:li:comment:(activity:1,${n})`;

  test('a brand answer nested two levels down answers both comments above it', () => {
    const comments = [
      comment('11', 'alice', 'Remote?', comment('12', 'bob', 'Same', comment('13', 'acmebrand', 'Yes'))),
      comment('14', 'carol', 'Lyon?', comment('15', 'dan', 'Paris')),
    ].join('');
    expect(scan(linkedin, update('acmebrand', comments), feed)).toEqual([
      `${id('11')} answered`,
      `${id('12')} answered`,
      id('14'),
      id('15'),
    ]);
  });

  test('the “Author” badge is the brand’s only on the brand’s update', () => {
    const badged = comment('11', 'alice', 'Remote?', comment('12', 'someone', 'Yes', '', true));
    expect(scan(linkedin, update('acmebrand', badged), feed)).toEqual([`${id('11')} answered`]);
    expect(scan(linkedin, update('stranger', badged), feed)).toEqual([]);
  });

  test('in a stranger’s update: replies to the brand and comments naming it, nothing else', () => {
    const comments = [
      comment('11', 'acmebrand', 'Our view', comment('12', 'bob', 'Thanks!')),
      comment('13', 'carol', 'Ask <a href="https://www.linkedin.com/company/acmebrand/">Acme</a>'),
      comment('14', 'dan', 'Ask <a href="https://www.linkedin.com/in/someone/">someone</a>'),
      comment('15', 'erin', 'Nothing'),
    ].join('');
    expect(scan(linkedin, update('stranger', comments), feed)).toEqual([id('12'), id('13')]);
  });

  test('a reply scanned alone (added to the page) still sees the brand comment it answers', () => {
    const html = update('stranger', comment('11', 'acmebrand', 'Our view', comment('12', 'bob', 'Thanks!')));
    const added = (page: Document) => page.querySelector('[data-id$=",12)"]') as Element;
    expect(scan(linkedin, html, feed, added)).toEqual([id('12')]);
  });
});

describe('Mastodon', () => {
  const status = (id: string, acct: string, content: string) =>
    `<div class="status" data-id="${id}"><a class="status__display-name" title="${acct}" href="/@${acct}">${acct}</a>
      <a class="status__relative-time" href="/@${acct}/${id}"><time datetime="2025-11-20T09:05:00.000Z">4h</time></a>
      <div class="status__content"><p>${content}</p></div></div>`;
  const mention = (href: string, name: string) =>
    `<a class="u-url mention" href="${href}">@<span>${name}</span></a>`;

  test('in the home feed, only statuses whose mention links name the brand count', () => {
    const statuses = [
      status('1', 'alice@fosstodon.org', `${mention('https://mastodon.social/@acmebrand', 'acmebrand')} hi`),
      status('2', 'bob', `${mention('https://mastodon.social/@someone', 'someone')} hi`),
      status('3', 'carol', 'no links at all'),
      status('4', 'dan', `<a href="https://mastodon.social/@acmebrand">not a mention</a>`),
    ].join('');
    expect(scan(mastodon, statuses, 'https://mastodon.social/home')).toEqual(['mastodon:1']);
  });
});

describe('Facebook', () => {
  const post = 'https://www.facebook.com/acmebrand/posts/pfbid02';
  const article = (id: string, href: string, name: string, text: string, replies = '') =>
    `<div role="article" aria-label="Comment by ${name}"><a href="${href}">${name}</a>
      <div dir="auto">${text}</div><a href="${post}?comment_id=${id}">1h</a>
      ${replies ? `<div>${replies}</div>` : ''}</div>`;
  const story = (comments: string) =>
    `<div role="article"><a href="https://www.facebook.com/acmebrand">Acme</a><div>${comments}</div></div>`;

  // Authors' addresses are read as URLs only when they may name the brand: each form of the
  // brand's own address must still be told from a stranger's.
  test.each([
    ['its name', 'https://www.facebook.com/acmebrand'],
    ['its name in capitals', 'https://www.facebook.com/AcmeBrand'],
    ['a page id', 'https://www.facebook.com/profile.php?id=acmebrand'],
    ['a path from the root', '/acmebrand?ref=comment'],
  ])('the brand answering under its address as %s answers the comment', (_form, brandHref) => {
    const answer = article('2', brandHref, 'Someone', 'Yes!');
    const comments = article('1', 'https://www.facebook.com/alice.martin', 'Alice', 'Wool?', answer);
    expect(scan(facebook, story(comments), post)).toEqual(['facebook:1 answered']);
  });

  test('a stranger whose address holds no brand name is not the brand, even named like it', () => {
    const answer = article('2', 'https://www.facebook.com/someone.else', 'acmebrand', 'Yes!');
    const stranger = article('3', 'https://www.facebook.com/bob', 'Bob', 'Hi');
    const comments =
      article('1', 'https://www.facebook.com/alice.martin', 'Alice', 'Wool?', answer) + stranger;
    // A display name that is the brand's handle still counts as the brand (isBrandProfile's rule).
    expect(scan(facebook, story(comments), post)).toEqual(['facebook:1 answered', 'facebook:3']);
  });
});
