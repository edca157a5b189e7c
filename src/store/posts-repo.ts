import type { Network } from '../shared/networks';
import type { PostRecord } from '../shared/post';
import { database } from './db';

/** Adds a post to the publishing log; the same id twice is one post. */
export async function logPost(post: PostRecord): Promise<{ added: boolean }> {
  const db = await database();
  const tx = db.transaction('posts', 'readwrite');
  const existing = await tx.store.get(post.id);
  if (!existing) await tx.store.put(post);
  await tx.done;
  return { added: !existing };
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
