/**
 * Instagram: the caption is a Lexical contenteditable in the "Create new post" dialog; comment boxes
 * are React textareas in a `form`. Comments are list items with a `/p/<post>/c/<id>/` permalink.
 * Obfuscated classes and localised labels: the adapter reads forms, roles, links and `time`.
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import {
  closest,
  first,
  isPlainEnter,
  labelOf,
  normalizeHandle,
  ownFirst,
  pathOf,
  queryAll,
  textOf,
  timeOf,
} from './dom';
import { seenComment } from './thread';

const selectors = {
  /** The caption (Lexical, in the "Create new post" dialog) and comment boxes (textareas in a form). */
  composer: '[role="dialog"] div[contenteditable="true"][role="textbox"], form textarea',
  dialog: '[role="dialog"]',
  form: 'form',
  button: 'div[role="button"], button',
  item: 'li',
  permalink: 'a[href*="/c/"]',
  username: 'a[href^="/"]',
  text: 'h1[dir="auto"], span[dir="auto"]',
  time: 'time[datetime]',
  main: 'main, [role="main"]',
  /** A direct message's box (Lexical, labelled "Message"), wherever the inbox opens it. */
  directBox: '[role="textbox"][aria-label="Message"], [aria-label="Message"] [role="textbox"]',
};

/** Instagram Direct: the inbox and its conversations. */
const directPages = /^\/direct(\/|$)/;

/** The dialog's header button that publishes; the comment form's "Post". */
const shareWords = ['share', 'partager', 'поделиться'];
const commentWords = ['post', 'publier', 'опубликовать'];
const postPath = /^\/(?:[^/]+\/)?(?:p|reel)\/([^/]+)/;
const commentPath = /\/(?:p|reel)\/[^/]+\/c\/(\d+)/;

/** A username link is a one-segment path: `/alice.m/`. */
function usernameOf(link: Element | null): string {
  return /^\/([^/]+)\/?$/.exec(pathOf(link?.getAttribute('href')))?.[1] ?? '';
}

/** The item's own username link and text, ignoring those of nested replies. */
function ownParts(item: Element): { username: string; text: string } {
  const link = ownFirst(item, selectors.username, selectors.item, (node) => usernameOf(node) !== '');
  const text = ownFirst(
    item,
    selectors.text,
    selectors.item,
    (node) => !closest(node, 'a') && !first(node, 'a'),
  );
  return { username: usernameOf(link ?? null), text: textOf(text) };
}

/** The caption: the first item of the post's comment list, by the post's author. */
function captionOf(root: ParentNode): { username: string; text: string } | null {
  const caption = queryAll(root, selectors.item).find(
    (item) => first(item, selectors.time) && !first(item, selectors.permalink),
  );
  return caption ? ownParts(caption) : null;
}

function describe(element: HTMLElement): ComposerShape {
  if (element instanceof HTMLTextAreaElement) {
    const container = closest(element, selectors.form) ?? element.parentElement ?? element;
    const replyTo = captionOf(
      closest(container, 'article, main, [role="dialog"]') ?? element.ownerDocument,
    )?.text;
    return { kind: 'reply', container, ...(replyTo ? { replyTo } : {}) };
  }
  return { kind: 'post', container: closest(element, selectors.dialog) ?? element.parentElement ?? element };
}

function postButton(composer: Composer): HTMLElement | null {
  const words = composer.kind === 'post' ? shareWords : commentWords;
  const candidates = queryAll(composer.container, selectors.button).filter(
    (button) => !button.contains(composer.element),
  );
  // The comment form's only button with text (the others are icons) is "Post" in any language.
  return (
    candidates.find((button) => words.includes(labelOf(button))) ??
    (composer.kind === 'reply'
      ? (candidates.find((button) => (button.textContent ?? '').trim() !== '') ?? null)
      : null)
  );
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  // Without a configured handle, the post's author (the caption's username) is the brand.
  const brand = normalizeHandle(context.brandHandle) || (captionOf(root)?.username.toLowerCase() ?? '');
  const postId = postPath.exec(pathOf(context.pageUrl))?.[1];
  const found: ReturnType<Adapter['comments']> = [];
  for (const item of queryAll(root, selectors.item)) {
    const permalink = ownFirst(item, selectors.permalink, selectors.item);
    const id = commentPath.exec(pathOf(permalink?.getAttribute('href')))?.[1];
    if (!id) continue;
    const { username, text } = ownParts(item);
    if (!username || username.toLowerCase() === brand) continue;
    // The brand's answer sits in the comment's nested list of replies.
    const answered = queryAll(item, selectors.item)
      .slice(1)
      .some((reply) => ownParts(reply).username.toLowerCase() === brand);
    const writtenAt = timeOf(permalink ?? item);
    found.push(
      seenComment('instagram', context, { id, author: username, text, writtenAt }, answered, postId),
    );
  }
  return found;
}

export const adapter: Adapter = defineAdapter({
  network: 'instagram',
  selectors,
  composer: selectors.composer,
  privateMessages: { pages: directPages, boxes: selectors.directBox },
  describe,
  postButton,
  // The comment box sends on Enter (Shift+Enter breaks the line); the caption only from "Share".
  isPublishShortcut: (event, composer) => composer.kind === 'reply' && isPlainEnter(event),
  comments,
  observed: selectors.main,
  commentsExpected: (url) => postPath.test(url.pathname),
  commentsContainer: `${selectors.item} ${selectors.time}`,
  commentItem: selectors.item,
  commentAnchor: (id) => `a[href*="/c/${id}"]`,
  deleteLabels: commonDeleteLabels,
});
