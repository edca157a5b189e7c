/**
 * Turning the items an adapter read from a page into `SeenComment`s, for both layouts the networks
 * use (docs/ARCHITECTURE.md, "the brand's own reply"):
 * - following (X, Threads, Mastodon, Bluesky): a thread is a flat list, depth first, so the brand's
 *   answer comes after the comment; it names whom it answers when the page shows it ("Replying to",
 *   a mention), else it answers the item right above it.
 * - nested (Facebook, Instagram, LinkedIn, VK): the brand's answer sits inside the comment's item.
 */
import type { SeenComment } from '../shared/comment';
import type { Network } from '../shared/networks';
import type { CommentScanContext } from './adapter';

/** Long comments are stored as excerpts; the tracking needs to recognise them, not archive them. */
const EXCERPT_LIMIT = 500;
/**
 * Page-derived fields are clipped here, in the page, to what the background accepts (SeenComment's
 * schema): a page with a giant name or address costs one shortened field, never a refused batch.
 */
export const FIELD_LIMITS = { id: 600, author: 300, pageUrl: 2_000, postId: 600, writtenAt: 64 } as const;

/** `text` cut to `limit` characters, an ellipsis marking the cut. */
export function clip(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

export interface ThreadItem {
  /** The network's own id (status id, rkey, comment id…). */
  id: string;
  /** As the page shows it (reported in the comment). */
  author: string;
  /**
   * The account in the form `repliesTo` uses; without it, `author` lower-cased. An adapter that has
   * it at hand already sets it, sparing the scan a second lower-casing per item.
   */
  who?: string;
  text: string;
  /** Epoch milliseconds, or the page's `datetime` text (SeenComment's `writtenAt`). */
  writtenAt?: number | string;
  byBrand: boolean;
  /**
   * Accounts this item explicitly answers (lower-case), as the page names them; empty when the page
   * names nobody, so the item answers the one right above it.
   */
  repliesTo: readonly string[];
  /** Whether this item may be a comment at all (not the post itself, not outside the thread). */
  counts: boolean;
}

export function seenComment(
  network: Network,
  context: CommentScanContext,
  item: { id: string; author: string; text: string; writtenAt?: number | string },
  answeredByBrand: boolean,
  postId?: string,
): SeenComment {
  // Optional fields are set, not spread in: a scan builds thousands of these, and a spread builds
  // and copies an object each time.
  const comment: SeenComment = {
    // An id is a key: cut, not marked, so the same long id always gives the same key.
    id: `${network}:${item.id}`.slice(0, FIELD_LIMITS.id),
    network,
    author: clip(item.author, FIELD_LIMITS.author),
    excerpt: clip(item.text, EXCERPT_LIMIT),
    pageUrl: context.pageUrl.slice(0, FIELD_LIMITS.pageUrl),
    answeredByBrand,
  };
  const written = item.writtenAt;
  // A page's datetime longer than any date is no date: left out, as one that doesn't parse would be.
  if (typeof written === 'string' ? written.length <= FIELD_LIMITS.writtenAt : Number.isFinite(written))
    comment.writtenAt = written;
  if (postId) comment.postId = postId.slice(0, FIELD_LIMITS.postId);
  return comment;
}

/** The following layout: one pass over the items in page order. */
export function followingThread(
  network: Network,
  context: CommentScanContext,
  items: ThreadItem[],
  postId?: string,
): SeenComment[] {
  // Who the brand answered explicitly, from every brand item: one pass, then a lookup per comment.
  const answeredAuthors = new Map<string, number>();
  items.forEach((item, index) => {
    if (!item.byBrand) return;
    for (const target of item.repliesTo)
      answeredAuthors.set(target, Math.max(answeredAuthors.get(target) ?? -1, index));
  });
  const comments: SeenComment[] = [];
  items.forEach((item, index) => {
    if (item.byBrand || !item.counts || !item.id) return;
    const author = item.who ?? item.author.toLowerCase();
    const next = items[index + 1];
    const answeredBelow =
      next?.byBrand === true && (next.repliesTo.length === 0 || next.repliesTo.includes(author));
    const answeredLater = (answeredAuthors.get(author) ?? -1) > index;
    comments.push(seenComment(network, context, item, answeredBelow || answeredLater, postId));
  });
  return comments;
}
