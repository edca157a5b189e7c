import type { CommentRecord } from '../shared/comment';
import { database } from './db';

/**
 * Every status a tracked comment may have, `stale` included: the tracking may set comments aside as
 * stale, and the report counts them, whichever version wrote them.
 */
const statuses = ['awaiting', 'answered', 'no-reply-needed', 'stale'] as CommentRecord['status'][];

/**
 * The comments a report over the period starting at `start` needs: those written since then. A
 * status changes only after the comment was written, so each status's `byStatusChanged` range from
 * `start` holds them all, and a report never loads the years of comments before its period.
 */
export async function commentsWrittenSince(start: number): Promise<CommentRecord[]> {
  const db = await database();
  const tx = db.transaction('comments');
  const index = tx.store.index('byStatusChanged');
  const found = await Promise.all(
    statuses.map((status) => index.getAll(IDBKeyRange.bound([status, start], [status, Infinity]))),
  );
  await tx.done;
  return found.flat().filter((comment) => comment.writtenAt >= start);
}
