import { transition } from '../comments/status';
import { DAY } from '../shared/time';
import { database } from './db';

/**
 * Bounds on the tracked comments, run by the hourly housekeeping: comments awaited too long stop
 * counting, and the store never grows past a hard cap, whatever pages a user visits.
 */

/** The most comments kept; above it the oldest go first (closed ones before awaiting ones). */
export const COMMENTS_CAP = 100_000;
/** The longest answer deadline the settings allow (720 h): a deadline is at most this after writing. */
const LONGEST_DEADLINE = 30 * DAY;

/**
 * Awaiting comments written more than `staleAfterDays` ago become `stale`: a false alarm or a
 * conversation long over, no longer counted or notified, kept for the report until the retention
 * deletes it. Walks only the awaiting range whose deadline could belong to such a comment.
 */
export async function markStale(now: number, staleAfterDays: number): Promise<number> {
  const before = now - staleAfterDays * DAY;
  const db = await database();
  const tx = db.transaction('comments', 'readwrite');
  const range = IDBKeyRange.bound(['awaiting', -Infinity], ['awaiting', before + LONGEST_DEADLINE]);
  // Read first, then write: a write under an open cursor makes some stores walk the range again.
  const candidates = await tx.store.index('byStatusDue').getAll(range);
  const old = candidates.filter((comment) => comment.writtenAt < before);
  await Promise.all(old.map((comment) => tx.store.put(transition(comment, { type: 'go-stale' }, now))));
  const marked = old.length;
  await tx.done;
  return marked;
}

/**
 * Deletes the oldest comments above `cap`: closed ones first (answered, no reply needed, stale; by
 * when they closed), then awaiting ones (earliest deadline first). Returns how many went.
 */
export async function capComments(cap = COMMENTS_CAP): Promise<number> {
  const db = await database();
  const tx = db.transaction('comments', 'readwrite');
  let excess = (await tx.store.count()) - cap;
  let deleted = 0;
  const sweeps: [index: 'byStatusChanged' | 'byStatusDue', status: string][] = [
    ['byStatusChanged', 'answered'],
    ['byStatusChanged', 'no-reply-needed'],
    ['byStatusChanged', 'stale'],
    ['byStatusDue', 'awaiting'],
  ];
  // Oldest first across the closed statuses: collect their close times, then cut at the excess.
  if (excess > 0) {
    const closed: [number, string][] = [];
    for (const [index, status] of sweeps.slice(0, 3)) {
      const range = IDBKeyRange.bound([status, -Infinity], [status, Infinity]);
      // Each status's oldest `excess` at most: the overall oldest are among them.
      let taken = 0;
      for (let cursor = await tx.store.index(index).openKeyCursor(range); cursor && taken < excess; taken++) {
        closed.push([(cursor.key as [string, number])[1], cursor.primaryKey]);
        cursor = await cursor.continue();
      }
    }
    closed.sort((a, b) => a[0] - b[0]);
    const doomed = closed.slice(0, excess).map(([, id]) => id);
    await Promise.all(doomed.map((id) => tx.store.delete(id)));
    deleted += doomed.length;
    excess -= doomed.length;
  }
  if (excess > 0) {
    const [index, status] = sweeps[3];
    const range = IDBKeyRange.bound([status, -Infinity], [status, Infinity]);
    const doomed = await tx.store.index(index).getAllKeys(range, excess);
    await Promise.all(doomed.map((id) => tx.store.delete(id)));
    deleted += doomed.length;
  }
  await tx.done;
  return deleted;
}
