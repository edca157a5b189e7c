/**
 * Bluesky (bsky.app): a TipTap/ProseMirror editor in the composer dialog, thread items as
 * `[data-testid^="postThreadItem-by-<handle>"]`. Test ids and link paths only, so every interface
 * language reads the same.
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { mayLinkToBrand } from './brand-links';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import { brandSet, closest, first, isModEnter, labelOf, pathOf, queryAll, textOf } from './dom';
import { followingThread, type ThreadItem } from './thread';

const selectors = {
  composer: '[data-testid="composePostView"] .ProseMirror[contenteditable="true"]',
  composeView: '[data-testid="composePostView"]',
  postButton: '[data-testid="composerPublishBtn"]',
  photos: '[data-testid="selectedPhotosView"]',
  video: '[data-testid="selectedVideoView"], [data-testid="composerVideo"]',
  threadItem: '[data-testid^="postThreadItem-by-"]',
  postText: '[data-testid="postText"]',
  postLink: 'a[href*="/post/"]',
  profileLink: 'a[href^="/profile/"]',
  threadScreen: '[data-testid="postThreadScreen"]',
  /** The left navigation's link to the signed-in profile (its label localised). */
  navProfile:
    'nav a[href^="/profile/"][aria-label="Profile"], nav a[href^="/profile/"][aria-label="Profil"], nav a[href^="/profile/"][aria-label="Профиль"]',
};

const threadPrefix = 'postThreadItem-by-';
/** Bluesky's chat lives only on its own pages (`/messages`, `/messages/<conversation>`). */
const chatPages = /^\/messages(\/|$)/;
const postPath = /^\/profile\/([^/]+)\/post\/([^/?#]+)/;
/** The publish button says "Reply" in a reply composer ("Publish reply" as its accessible name). */
const replyWords = [
  'reply',
  'publish reply',
  'répondre',
  'publier la réponse',
  'ответить',
  'опубликовать ответ',
];

function handleOf(item: Element): string {
  return (item.getAttribute('data-testid') ?? '').slice(threadPrefix.length);
}

/** The thread's focused post on a post page: what a reply composer opened there answers. */
function focusedPostText(document: Document): string {
  const page = postPath.exec(pathOf(document.URL));
  if (!page) return '';
  for (const item of queryAll(document, selectors.threadItem)) {
    const link = first(item, `a[href$="/post/${page[2]}"]`);
    if (link) return textOf(first(item, selectors.postText));
  }
  return '';
}

function describe(element: HTMLElement): ComposerShape {
  const container = closest(element, selectors.composeView) ?? element.parentElement ?? element;
  const button = first(container, selectors.postButton);
  if (!button || !replyWords.includes(labelOf(button))) return { kind: 'post', container };
  const replyTo = focusedPostText(element.ownerDocument);
  return { kind: 'reply', container, ...(replyTo ? { replyTo } : {}) };
}

/** The record key of the item's own post link (`/profile/<own>/post/<rkey>`), or ''. */
function ownRkey(item: Element, own: string): string {
  const prefix = `/profile/${own}/post/`;
  const rkey = (anchor: Element) => {
    const path = pathOf(anchor.getAttribute('href'));
    return path.toLowerCase().startsWith(prefix) ? (postPath.exec(path)?.[2] ?? '') : null;
  };
  // The first post link is the item's own unless it quotes or links another post: one query.
  const first = item.querySelector(selectors.postLink);
  if (!first) return '';
  const found = rkey(first);
  if (found !== null) return found;
  const links = item.querySelectorAll(selectors.postLink);
  for (let index = 1; index < links.length; index++) {
    const other = rkey(links[index]);
    if (other !== null) return other;
  }
  return '';
}

/** Profiles an item names besides its author (lower-case): "Reply to …" and mentions. */
function namedProfiles(item: Element, own: string): string[] {
  return queryAll(item, selectors.profileLink)
    .map(
      (anchor) => /^\/profile\/([^/]+)$/.exec(pathOf(anchor.getAttribute('href')))?.[1]?.toLowerCase() ?? '',
    )
    .filter((target) => target && target !== own);
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  const page = postPath.exec(pathOf(context.pageUrl));
  const brands = brandSet(context.brandHandles);
  // The brand's own post: every reply counts; elsewhere only items naming one of its accounts.
  const threadIsBrands = page !== null && brands.has(page[1].toLowerCase());
  const mayNameBrand = mayLinkToBrand(brands, selectors.profileLink);
  const items: ThreadItem[] = [];
  for (const item of queryAll(root, selectors.threadItem)) {
    const handle = handleOf(item);
    const own = handle.toLowerCase();
    const rkey = ownRkey(item, own);
    const byBrand = brands.has(own);
    // Whom an item names matters for the brand's items (whom they answer) and, off the brand's
    // thread, for whether others' items name the brand; the others' links stay unread.
    const repliesTo = byBrand || (!threadIsBrands && mayNameBrand(item)) ? namedProfiles(item, own) : [];
    items.push({
      id: rkey,
      author: handle,
      // No `writtenAt`: Bluesky shows a post's time as a link's localised label, never a `<time>`,
      // and a query for one walked every item to find nothing. The tracker dates it when first seen.
      text: textOf(first(item, selectors.postText)),
      byBrand,
      repliesTo,
      counts: rkey !== page?.[2] && (threadIsBrands || repliesTo.some((target) => brands.has(target))),
    });
  }
  return followingThread('bluesky', context, items, page?.[2]);
}

/** The handle of the navigation's profile link (`/profile/acmebrand.bsky.social`). */
function signedIn(document: Document): string {
  return (
    /^\/profile\/([^/]+)$/.exec(pathOf(first(document, selectors.navProfile)?.getAttribute('href')))?.[1] ??
    ''
  );
}

export const adapter: Adapter = defineAdapter({
  network: 'bluesky',
  selectors,
  composer: selectors.composer,
  privateMessages: { pages: chatPages },
  describe,
  postButton: (composer: Composer) => first(composer.container, selectors.postButton),
  isPublishShortcut: (event) => isModEnter(event),
  attachments: { image: selectors.photos, video: selectors.video },
  comments,
  signedIn,
  observed: `${selectors.threadScreen}, main`,
  commentsExpected: (url) => postPath.test(url.pathname),
  commentsContainer: selectors.threadItem,
  commentItem: selectors.threadItem,
  commentAnchor: (id) => `a[href*="/post/${id}"]`,
  deleteLabels: commonDeleteLabels,
});
