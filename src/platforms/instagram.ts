/**
 * Instagram: the caption is a Lexical contenteditable in the "Create new post" dialog; comment boxes
 * are React textareas in a `form`. Comments are list items with a `/p/<post>/c/<id>/` permalink.
 * Obfuscated classes and localised labels: the adapter reads forms, roles, links and `time`.
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import {
  brandSet,
  closest,
  datetimeOf,
  first,
  isPlainEnter,
  labelOf,
  mentionsAny,
  ownFirst,
  pathOf,
  queryAll,
  textOf,
} from './dom';
import { holdsItems, oncePer, ownPart } from './own-part';
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
  /** The post's author, in the post's header. */
  postAuthor: 'header a[href^="/"]',
  text: 'h1[dir="auto"], span[dir="auto"]',
  time: 'time[datetime]',
  main: 'main, [role="main"]',
  /** The navigation's link to the signed-in profile: the one holding its profile picture. */
  profilePicture:
    'a[href^="/"] img[alt$="profile picture"], a[href^="/"] img[alt^="Photo de profil"], a[href^="/"] img[alt^="Фото профиля"]',
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

/** The post around a comment: the article of a feed or a dialog, or the post page's main. */
const postScope = 'article, [role="dialog"], main, [role="main"]';

/** The item's own username (not a nested reply's); `nested`: whether it holds replies. */
function ownUsername(item: Element, nested: boolean): string {
  let username = '';
  ownPart(item, selectors.username, selectors.item, nested, (link) => {
    username = usernameOf(link);
    return username !== '';
  });
  return username;
}

/** The item's own text (not a nested reply's, not a link's). */
function ownText(item: Element, nested: boolean): string {
  return textOf(
    ownPart(item, selectors.text, selectors.item, nested, (node) => !closest(node, 'a') && !first(node, 'a')),
  );
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  const brands = brandSet(context.brandHandles);
  const postId = postPath.exec(pathOf(context.pageUrl))?.[1];
  // Whose post the comments answer: the username in the post's header, else its caption's.
  const brandPosts = new Map<Element | null, boolean>();
  const onBrandsPost = (item: Element) => {
    const post = closest(item, postScope);
    let known = brandPosts.get(post);
    if (known === undefined) {
      const scope = post ?? item.ownerDocument;
      const author = usernameOf(first(scope, selectors.postAuthor)) || (captionOf(scope)?.username ?? '');
      known = brands.has(author.toLowerCase());
      brandPosts.set(post, known);
    }
    return known;
  };
  // What the scan asks of every item, read once: a reply is asked about from the comment holding it,
  // and again as a comment. `nested`: whether it holds replies (else every part is its own).
  const factsOf = oncePer((item: Element) => {
    const nested = holdsItems(item, selectors.item);
    const username = ownUsername(item, nested);
    return { nested, username, byBrand: brands.has(username.toLowerCase()) };
  });
  const byBrand = (item: Element) => factsOf(item).byBrand;
  const found: ReturnType<Adapter['comments']> = [];
  for (const item of queryAll(root, selectors.item)) {
    const { nested, username: author, byBrand: isBrands } = factsOf(item);
    const permalink = ownPart(item, selectors.permalink, selectors.item, nested);
    const id = commentPath.exec(pathOf(permalink?.getAttribute('href')))?.[1];
    if (!id) continue;
    if (!author || isBrands) continue;
    const text = ownText(item, nested);
    // Only the brand's conversations: under its post, in a thread it started, or naming it.
    const parent = closest(item.parentElement, selectors.item);
    const underBrand = parent !== null && byBrand(parent);
    if (!onBrandsPost(item) && !underBrand && !mentionsAny(text, brands)) continue;
    // The brand's answer sits in the comment's nested list of replies.
    let answered = false;
    if (nested) {
      const replies = item.querySelectorAll(selectors.item);
      for (let index = 0; index < replies.length && !answered; index++) answered = byBrand(replies[index]);
    }
    const writtenAt = datetimeOf(permalink ?? item);
    found.push(seenComment('instagram', context, { id, author, text, writtenAt }, answered, postId));
  }
  return found;
}

/** The username of the navigation's profile link (`/acmebrand/`). */
function signedIn(document: Document): string {
  return usernameOf(closest(first(document, selectors.profilePicture), 'a[href]'));
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
  signedIn,
  observed: selectors.main,
  commentsExpected: (url) => postPath.test(url.pathname),
  commentsContainer: `${selectors.item} ${selectors.time}`,
  commentItem: selectors.item,
  commentAnchor: (id) => `a[href*="/c/${id}"]`,
  deleteLabels: commonDeleteLabels,
});
