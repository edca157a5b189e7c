/**
 * Threads (threads.com, threads.net): Meta's Lexical contenteditable, posts as pressable
 * containers, authors as `/@user` links. The site has no test ids and localises every label, so
 * the adapter leans on structure (links, roles) and matches labels in English, French and Russian
 * only where no structure exists (the post button).
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { mayLinkToBrand } from './brand-links';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import {
  ancestorWith,
  brandSet,
  closest,
  datetimeOf,
  first,
  isModEnter,
  labelOf,
  pathOf,
  queryAll,
  textOf,
} from './dom';
import { firstAccepted } from './own-part';
import { followingThread, type ThreadItem } from './thread';

const selectors = {
  composer: 'div[role="textbox"][contenteditable="true"]',
  dialog: '[role="dialog"]',
  button: 'div[role="button"], button',
  item: '[data-pressable-container="true"]',
  author: 'a[href^="/@"]',
  postLink: 'a[href*="/post/"]',
  text: 'span[dir="auto"]',
  main: 'main, #barcelona-page-layout',
  /** The navigation rail's link to the signed-in profile. */
  profileLink: '[role="navigation"] a[href^="/@"], nav a[href^="/@"]',
};

const postWords = ['post', 'publier', 'опубликовать', 'reply', 'répondre', 'ответить'];
const postPath = /^\/@([^/]+)\/post\/([^/?#]+)/;

function isPostButton(element: Element): boolean {
  return (
    postWords.includes((element.textContent ?? '').trim().toLowerCase()) ||
    postWords.includes(labelOf(element))
  );
}

/** The text of a post item: its body spans, not the author or time links. */
function itemText(item: Element): string {
  // As queryAll counts it, the item itself is a candidate when it has the span's form.
  const isBody = (span: Element) => !closest(span, 'a') && !first(span, 'a, time');
  const body =
    item.matches(selectors.text) && isBody(item) ? item : firstAccepted(item, selectors.text, isBody);
  return textOf(body);
}

function describe(element: HTMLElement): ComposerShape {
  const dialog = closest(element, selectors.dialog);
  const container = dialog ?? ancestorWith(element, selectors.button, 6) ?? element.parentElement ?? element;
  // A reply shows the post it answers: in its dialog, or (on a post page) just above the inline box.
  const onPostPage = postPath.test(pathOf(element.ownerDocument.URL));
  const answered = dialog ? first(dialog, selectors.item) : onPostPage ? itemAbove(element) : null;
  if (!answered && !(onPostPage && !dialog)) return { kind: 'post', container };
  const replyTo = answered ? itemText(answered) : '';
  return { kind: 'reply', container, ...(replyTo ? { replyTo } : {}) };
}

/** The post item nearest above `element`: checked among the previous siblings of its ancestors. */
function itemAbove(element: Element): HTMLElement | null {
  let node: Element | null = element;
  for (let level = 0; node && level < 8; level++, node = node.parentElement) {
    let sibling = node.previousElementSibling;
    for (let step = 0; sibling && step < 3; step++, sibling = sibling.previousElementSibling) {
      const item =
        closest<HTMLElement>(sibling, selectors.item) ?? first<HTMLElement>(sibling, selectors.item);
      if (item) return item;
    }
  }
  return null;
}

/** Accounts an item names besides its author (lower-case): mentions, "replying to". */
function namedAccounts(item: Element, own: string): string[] {
  return queryAll(item, selectors.author)
    .map((anchor) => /^\/@([^/]+)$/.exec(pathOf(anchor.getAttribute('href')))?.[1]?.toLowerCase() ?? '')
    .filter((target) => target && target !== own);
}

/** When the item's first `time` carries the date (as it does on the site), it is datetimeOf's answer. */
function writtenAt(item: Element, time: Element | null): string | undefined {
  const datetime = time?.getAttribute('datetime') ?? null;
  if (datetime === null) return time ? datetimeOf(item) : undefined;
  return datetime || undefined;
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  const page = postPath.exec(pathOf(context.pageUrl));
  const brands = brandSet(context.brandHandles);
  // The brand's own post: every reply counts; elsewhere only items naming one of its accounts.
  const threadIsBrands = page !== null && brands.has(page[1].toLowerCase());
  const mayNameBrand = mayLinkToBrand(brands, selectors.author);
  const items: ThreadItem[] = [];
  for (const item of queryAll(root, selectors.item)) {
    // An item's own link is the one around its time: `/@user/post/<code>`.
    const time = first(item, 'time');
    const link = closest(time, 'a[href]') ?? first(item, selectors.postLink);
    const match = postPath.exec(pathOf(link?.getAttribute('href')));
    if (!match) continue;
    const author = match[1];
    const own = author.toLowerCase();
    const byBrand = brands.has(own);
    // Whom an item names matters for the brand's items (whom they answer) and, off the brand's
    // thread, for whether others' items name the brand; the others' links stay unread.
    const repliesTo = byBrand || (!threadIsBrands && mayNameBrand(item)) ? namedAccounts(item, own) : [];
    items.push({
      id: match[2],
      author,
      text: itemText(item),
      writtenAt: writtenAt(item, time),
      byBrand,
      repliesTo,
      counts: match[2] !== page?.[2] && (threadIsBrands || repliesTo.some((target) => brands.has(target))),
    });
  }
  return followingThread('threads', context, items, page?.[2]);
}

/** The username of the navigation's profile link (`/@acmebrand`). */
function signedIn(document: Document): string {
  return /^\/@([^/]+)$/.exec(pathOf(first(document, selectors.profileLink)?.getAttribute('href')))?.[1] ?? '';
}

export const adapter: Adapter = defineAdapter({
  network: 'threads',
  selectors,
  composer: selectors.composer,
  describe,
  postButton: (composer: Composer) =>
    queryAll(composer.container, selectors.button)
      .filter((button) => !composer.element.contains(button) && isPostButton(button))
      .pop() ?? null,
  isPublishShortcut: (event) => isModEnter(event),
  comments,
  signedIn,
  observed: selectors.main,
  commentsExpected: (url) => postPath.test(url.pathname),
  commentsContainer: selectors.item,
  commentItem: selectors.item,
  commentAnchor: (id) => `a[href*="/post/${id}"]`,
  deleteLabels: commonDeleteLabels,
});
