import type { Network } from '../shared/networks';
import type { PostRecord } from '../shared/post';
import { MINUTE } from '../shared/time';
import { database } from './db';

/**
 * Two tabs of the same page both watch its composer's publish button, and each logs what it saw
 * with its own clock: the same post, a few seconds apart. Within this window, the same network,
 * brand and text is one post.
 */
export const SAME_POST_WINDOW_MS = 2 * MINUTE;

/** A short stable fingerprint of a text. */
function fingerprintOf(text: string): string {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(36);
}

/** The id of a post seen published on a page: `network:publishedAt:fingerprint of the whole text`. */
export function pagePostId(network: Network, publishedAt: number, text: string): string {
  return `${network}:${publishedAt}:${fingerprintOf(text)}`;
}

/** The text fingerprint a page post's id ends with. */
function textFingerprint(post: PostRecord): string {
  return post.id.slice(post.id.lastIndexOf(':') + 1);
}

function isSamePublication(logged: PostRecord, post: PostRecord): boolean {
  return (
    logged.source === 'page' &&
    logged.brandId === post.brandId &&
    textFingerprint(logged) === textFingerprint(post) &&
    Math.abs(logged.publishedAt - post.publishedAt) <= SAME_POST_WINDOW_MS
  );
}

/**
 * Adds a post to the publishing log; the same id twice is one post, and so is the same page post
 * logged by two tabs (see SAME_POST_WINDOW_MS). The look and the write are one transaction, so two
 * tabs logging at once still make one record.
 */
export async function logPost(post: PostRecord): Promise<{ added: boolean }> {
  const db = await database();
  const tx = db.transaction('posts', 'readwrite');
  let duplicate = Boolean(await tx.store.get(post.id));
  if (!duplicate && post.source === 'page') {
    const nearby = await tx.store
      .index('byNetworkTime')
      .getAll(
        IDBKeyRange.bound(
          [post.network, post.publishedAt - SAME_POST_WINDOW_MS],
          [post.network, post.publishedAt + SAME_POST_WINDOW_MS],
        ),
      );
    duplicate = nearby.some((logged) => isSamePublication(logged, post));
  }
  if (!duplicate) await tx.store.put(post);
  await tx.done;
  return { added: !duplicate };
}

/** Posts published since `since` (epoch ms), oldest first; optionally one network's only. */
export async function postsSince(since: number, network?: Network): Promise<PostRecord[]> {
  const db = await database();
  if (network) {
    return db.getAllFromIndex(
      'posts',
      'byNetworkTime',
      IDBKeyRange.bound([network, since], [network, Infinity]),
    );
  }
  return db.getAllFromIndex('posts', 'byTime', IDBKeyRange.lowerBound(since));
}
