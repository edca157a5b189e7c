/**
 * Facebook: Lexical editors (`data-lexical-editor`), comments as `div[role="article"]` with their
 * `comment_id=` link. Class names are obfuscated and labels localised, so the adapter reads roles,
 * link shapes and nesting; the few labels it needs are matched in English, French and Russian.
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import {
  ancestorWith,
  closest,
  first,
  isPlainEnter,
  labelOf,
  normalizeHandle,
  ownFirst,
  pathOf,
  queryAll,
  searchParam,
  textOf,
} from './dom';
import { seenComment } from './thread';

const selectors = {
  composer: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  dialog: '[role="dialog"]',
  article: 'div[role="article"]',
  /** A feed story: `aria-posinset` on the feed's items, `role="article"` on permalink pages. */
  story: '[aria-posinset], [role="feed"] > div, div[role="article"]',
  storyText:
    '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
  commentLink: 'a[href*="comment_id="]',
  text: 'div[dir="auto"]',
  button: 'div[role="button"], button',
  /** The comment box's send button has had this id for years, whatever the language. */
  commentSubmit: '#focused-state-composer-submit',
  feed: '[role="feed"], [role="main"]',
  /**
   * Messenger's composer, in its chat boxes on every page: the same Lexical editor as a post's, so
   * it is told apart by its surroundings ("Thread composer") and its "Aa" placeholder, which
   * Messenger shows in every language.
   */
  messengerBox: '[aria-label="Thread composer"], [aria-placeholder="Aa"]',
};

/** Messenger's own pages on facebook.com (messenger.com now sends its users there). */
const messengerPages = /^\/messages(\/|$)/;

const postLabels = ['post', 'publier', 'опубликовать'];
const commentLabels = [
  'comment',
  'commenter',
  'комментировать',
  'reply',
  'répondre',
  'ответить',
  'send',
  'envoyer',
  'отправить',
];
/** Comment boxes' placeholders, for when the box is not inside the story it answers. */
const commentBoxLabels = [
  'write a comment',
  'write a public comment',
  'reply to',
  'écrivez un commentaire',
  'écrire un commentaire',
  'répondre à',
  'напишите комментарий',
  'ответить',
];

function storyTextOf(story: Element): string {
  const message = first(story, selectors.storyText);
  if (message) return textOf(message);
  // Older markup points at the story's text with aria-describedby.
  const described = story.getAttribute('aria-describedby');
  const target = described ? story.ownerDocument.getElementById(described.split(' ')[0]) : null;
  return textOf(target);
}

function describe(element: HTMLElement): ComposerShape {
  const dialog = closest(element, selectors.dialog);
  const container = ancestorWith(element, selectors.button, 8) ?? dialog ?? element.parentElement ?? element;
  // A box inside a comment answers that comment; inside a story, the story.
  const comment = closest(element, selectors.article);
  if (comment && first(comment, selectors.commentLink)) {
    return { kind: 'reply', container, replyTo: textOf(first(comment, selectors.text)) };
  }
  const story =
    closest(element, selectors.story) ?? (dialog && first(dialog, selectors.storyText) ? dialog : null);
  const label = labelOf(element);
  const labelled = commentBoxLabels.some((start) => label.startsWith(start));
  if (!story && !labelled) return { kind: 'post', container };
  const replyTo = story ? storyTextOf(story) : '';
  return { kind: 'reply', container, ...(replyTo ? { replyTo } : {}) };
}

function postButton(composer: Composer): HTMLElement | null {
  const submit = first(composer.container, selectors.commentSubmit);
  if (submit) return submit;
  const words = composer.kind === 'post' ? postLabels : commentLabels;
  const scope =
    composer.kind === 'post'
      ? (closest(composer.element, selectors.dialog) ?? composer.container)
      : composer.container;
  return queryAll(scope, selectors.button).find((button) => words.includes(labelOf(button))) ?? null;
}

/** A comment's author: the first link of its own that isn't a permalink, and the link's URL. */
interface Author {
  link: HTMLAnchorElement;
  href: string;
}

/** The profile a comment's author links to: the first link of the comment that isn't its permalink. */
function authorOf(article: Element): Author | null {
  let href = '';
  const link = ownFirst<HTMLAnchorElement>(article, 'a[href]', selectors.article, (anchor) => {
    // `href` resolves the link against the page, once per link read.
    href = anchor.href;
    return !href.includes('comment_id=') && (anchor.textContent ?? '').trim() !== '';
  });
  return link ? { link, href } : null;
}

/** A profile URL's name: `/acmebrand`, `/profile.php?id=…` (the id) or `/people/Name/id`. */
function profileSlug(href: string): string {
  const id = searchParam(href, 'id');
  if (id) return id;
  return pathOf(href).split('/').filter(Boolean)[0]?.toLowerCase() ?? '';
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  const brand = normalizeHandle(context.brandHandle);
  // Without a configured account, the page being viewed (facebook.com/<page>) stands for the brand.
  const pageOwner = brand ? '' : profileSlug(context.pageUrl);
  // A reply is asked about as a comment and again from the comment that holds it: once each.
  const authors = new Map<Element, Author | null>();
  const author = (article: Element) => {
    if (!authors.has(article)) authors.set(article, authorOf(article));
    return authors.get(article) ?? null;
  };
  const brandArticles = new Map<Element, boolean>();
  const isBrand = (article: Element) => {
    let known = brandArticles.get(article);
    if (known === undefined) {
      const found = author(article);
      const slug = found ? profileSlug(found.href) : '';
      const name = (found?.link.textContent ?? '').trim().toLowerCase();
      known =
        found !== null && (brand ? slug === brand || name === brand : pageOwner !== '' && slug === pageOwner);
      brandArticles.set(article, known);
    }
    return known;
  };
  const found: ReturnType<Adapter['comments']> = [];
  for (const article of queryAll(root, selectors.article)) {
    const permalink = ownFirst<HTMLAnchorElement>(article, selectors.commentLink, selectors.article);
    if (!permalink || isBrand(article)) continue;
    const href = permalink.href;
    const id = searchParam(href, 'reply_comment_id') ?? searchParam(href, 'comment_id');
    if (!id) continue;
    // The brand's answer is nested in the comment's item (its replies), or follows a reply in the
    // same replies list.
    const nested = queryAll(article, selectors.article).slice(1).some(isBrand);
    const isReply = closest(article.parentElement, selectors.article) !== null;
    let followed = false;
    for (
      let sibling = article.nextElementSibling;
      isReply && sibling && !followed;
      sibling = sibling.nextElementSibling
    ) {
      followed = sibling.matches(selectors.article) && isBrand(sibling);
    }
    const text = textOf(ownFirst(article, selectors.text, selectors.article));
    const postId = href.split('?')[0];
    const name = (author(article)?.link.textContent ?? '').trim();
    found.push(seenComment('facebook', context, { id, author: name, text }, nested || followed, postId));
  }
  return found;
}

export const adapter: Adapter = defineAdapter({
  network: 'facebook',
  selectors,
  composer: selectors.composer,
  privateMessages: { pages: messengerPages, boxes: selectors.messengerBox },
  describe,
  postButton,
  // Comment boxes send on Enter; the "Create post" dialog only from its button.
  isPublishShortcut: (event, composer) => composer.kind === 'reply' && isPlainEnter(event),
  comments,
  observed: selectors.feed,
  commentsExpected: (url) => /\/(posts|videos|photos|permalink\.php|story\.php)\b/.test(url.pathname),
  commentsContainer: selectors.article,
  commentItem: selectors.article,
  commentAnchor: (id) => `a[href*="comment_id=${id}"]`,
  deleteLabels: commonDeleteLabels,
});
