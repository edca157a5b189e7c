import type { CommentRecord } from '../shared/comment';
import type { PostRecord } from '../shared/post';
import { database } from './db';

/** The user's data besides the settings, for "export" and "clear" in the options. */
export type DataKind = 'posts' | 'comments';

export interface DataRecords {
  posts: PostRecord[];
  comments: CommentRecord[];
}

/** Every record of a kind: posts oldest first, comments by id. */
export async function allRecords<K extends DataKind>(kind: K): Promise<DataRecords[K]> {
  const db = await database();
  if (kind === 'posts') return (await db.getAllFromIndex('posts', 'byTime')) as DataRecords[K];
  return (await db.getAll('comments')) as DataRecords[K];
}

/** Deletes every record of a kind; returns how many there were. */
export async function clearRecords(kind: DataKind): Promise<number> {
  const db = await database();
  const tx = db.transaction(kind, 'readwrite');
  const count = await tx.store.count();
  await Promise.all([tx.store.clear(), tx.done]);
  return count;
}
