import { answerTimeStatsOf } from '../comments/answer-stats';
import type { BusinessHours } from '../comments/business-hours';
import { classifyComment } from '../comments/classify';
import { dueAtFor } from '../comments/deadline';
import { type CommentEvent, transition } from '../comments/status';
import type { AnswerTimeStats, AwaitingSummary, CommentRecord, SeenComment } from '../shared/comment';
import { isNetwork, networks } from '../shared/networks';
import type { BrandSettings } from '../shared/settings-defaults';
import { DAY } from '../shared/time';
import { database } from './db';

/**
 * Tracked comments. Only the background calls these (it owns the database); the content script's
 * scans arrive as `SeenComment`s through the message protocol.
 */

/** Statuses that no longer count: deleted once past the retention, first when over the cap. */
const closedStatuses = ['answered', 'no-reply-needed', 'stale'] as const;

const all = (status: CommentRecord['status']) => IDBKeyRange.bound([status, -Infinity], [status, Infinity]);

/** A sighting's time in epoch milliseconds (a page's `datetime` text is read here), if it has one. */
function writtenInstant(seen: SeenComment): number | undefined {
  const at = typeof seen.writtenAt === 'string' ? Date.parse(seen.writtenAt) : seen.writtenAt;
  return at !== undefined && Number.isFinite(at) ? at : undefined;
}

function newRecord(seen: SeenComment, settings: BrandSettings, now: number, brandId?: string): CommentRecord {
  // A time in the future is a parsing slip or a skewed clock; it would push the deadline away.
  const written = writtenInstant(seen);
  const writtenAt = written !== undefined ? Math.min(written, now) : now;
  const category = classifyComment(seen.excerpt);
  return {
    id: seen.id,
    network: seen.network,
    ...(brandId ? { brandId } : {}),
    author: seen.author,
    excerpt: seen.excerpt,
    writtenAt,
    firstSeenAt: now,
    pageUrl: seen.pageUrl,
    ...(seen.postId ? { postId: seen.postId } : {}),
    status: seen.answeredByBrand ? 'answered' : 'awaiting',
    statusChangedAt: now,
    category,
    dueAt: dueAtFor({ writtenAt, category }, settings),
  };
}

/**
 * A comment seen again. What the first sighting recorded stays (author, excerpt, page, category,
 * firstSeenAt), and so does any status the user chose; the sighting only adds what is new: a brand
 * reply now visible, a post id the first page didn't show, or the page's own time where the first
 * sighting had to guess "now" (then the deadline follows the real time).
 */
function merge(
  existing: CommentRecord,
  seen: SeenComment,
  settings: BrandSettings,
  now: number,
  brandId?: string,
): CommentRecord {
  let next = existing;
  if (!next.brandId && brandId) next = { ...next, brandId };
  if (!next.postId && seen.postId) next = { ...next, postId: seen.postId };
  const guessedTime = next.writtenAt === next.firstSeenAt;
  const written = writtenInstant(seen);
  if (guessedTime && written !== undefined && written < next.writtenAt) {
    next = {
      ...next,
      writtenAt: written,
      dueAt: dueAtFor({ writtenAt: written, category: next.category }, settings),
    };
  }
  // `transition` only moves an awaiting comment: a user's "answered" or "no reply needed" stays.
  if (seen.answeredByBrand) next = transition(next, { type: 'seen-reply' }, now);
  return next;
}

/**
 * Records what a scan saw, in one transaction: new comments are classified and given a deadline,
 * known ones are merged. The same comment from two tabs at once makes one record, because IndexedDB
 * runs readwrite transactions on a store one after the other and each reads before it writes.
 */
export async function upsertComments(
  seen: readonly SeenComment[],
  settings: BrandSettings,
  now: number,
  brandId?: string,
): Promise<{ added: number; updated: number }> {
  if (seen.length === 0) return { added: 0, updated: 0 };
  const db = await database();
  const tx = db.transaction('comments', 'readwrite');
  const ids = [...new Set(seen.map((comment) => comment.id))];
  const stored = await Promise.all(ids.map((id) => tx.store.get(id)));
  const before = new Map(ids.map((id, index) => [id, stored[index]]));
  const after = new Map(before);
  for (const comment of seen) {
    const existing = after.get(comment.id);
    after.set(
      comment.id,
      existing
        ? merge(existing, comment, settings, now, brandId)
        : newRecord(comment, settings, now, brandId),
    );
  }
  let added = 0;
  let updated = 0;
  const writes: Promise<unknown>[] = [];
  for (const [id, record] of after) {
    if (!record || record === before.get(id)) continue;
    if (before.get(id)) updated += 1;
    else added += 1;
    writes.push(tx.store.put(record));
  }
  await Promise.all([...writes, tx.done]);
  return { added, updated };
}

/** Applies a user's action; returns the record as it now is, or undefined when there is no such comment. */
export async function markComment(
  id: string,
  event: CommentEvent,
  now: number,
): Promise<CommentRecord | undefined> {
  const db = await database();
  const tx = db.transaction('comments', 'readwrite');
  const existing = await tx.store.get(id);
  const next = existing && transition(existing, event, now);
  if (next && next !== existing) await tx.store.put(next);
  await tx.done;
  return next;
}

export async function getComment(id: string): Promise<CommentRecord | undefined> {
  return (await database()).get('comments', id);
}

/**
 * Counts for the badge and the popup, read from the [status, dueAt] index without loading a single
 * record, so it stays fast with 100,000 comments. One key-only walk of the awaiting range gives the
 * awaiting ids in deadline order; the first deadline still ahead (a one-step cursor) marks where the
 * overdue ones end; each id's `network:` prefix names its network (a record is read only for an id
 * lacking that prefix). One walk instead of separate `count()`s per range and per network: in
 * fake-indexeddb each counted key costs the same as a fetched key, and this halves the keys visited.
 */
export async function awaitingSummary(now: number, brandId?: string): Promise<AwaitingSummary> {
  const db = await database();
  const tx = db.transaction('comments');
  // One brand's comments, or every brand's: the same walk on the index with the brand in front.
  const byDue = brandId ? tx.store.index('byBrandStatusDue') : tx.store.index('byStatusDue');
  const prefix = brandId ? [brandId, 'awaiting'] : ['awaiting'];
  const range = (from: number) => IDBKeyRange.bound([...prefix, from], [...prefix, Infinity]);
  const [ids, next, earliest] = await Promise.all([
    byDue.getAllKeys(range(-Infinity)),
    byDue.openKeyCursor(range(now)),
    byDue.openKeyCursor(range(-Infinity)),
  ]);
  const dueOf = (key: IDBValidKey) => (key as number[])[prefix.length];
  // Index order is [status, dueAt, id], so the first upcoming comment's position counts those before it.
  const overdue = next ? ids.indexOf(next.primaryKey) : ids.length;
  const byNetwork = Object.fromEntries(
    networks.map((network) => [network, { awaiting: 0, overdue: 0 }]),
  ) as AwaitingSummary['byNetwork'];
  for (const [position, id] of ids.entries()) {
    const prefix = id.slice(0, id.indexOf(':'));
    const network = isNetwork(prefix) ? prefix : (await tx.store.get(id))?.network;
    if (!network) continue;
    byNetwork[network].awaiting += 1;
    if (position < overdue) byNetwork[network].overdue += 1;
  }
  await tx.done;
  return {
    awaiting: ids.length,
    overdue,
    nextDueAt: next ? dueOf(next.key) : null,
    earliestDueAt: earliest ? dueOf(earliest.key) : null,
    byNetwork,
  };
}

/** The awaiting comments seen on a page, soonest deadline first (the panel's list). */
export async function awaitingOnPage(pageUrl: string, brandId?: string): Promise<CommentRecord[]> {
  const onPage = await (await database()).getAllFromIndex('comments', 'byPage', pageUrl);
  return onPage
    .filter((comment) => comment.status === 'awaiting' && (!brandId || comment.brandId === brandId))
    .sort((a, b) => a.dueAt - b.dueAt);
}

/** The first `limit` awaiting comments, soonest (or most overdue) deadline first. */
export async function awaitingList(limit = 50): Promise<CommentRecord[]> {
  return (await database()).getAllFromIndex('comments', 'byStatusDue', all('awaiting'), limit);
}

/**
 * Awaiting comments whose deadline falls in [from, until], at most `limit`, keeping the latest
 * deadlines when there are more (a backlog of old overdue comments must not hide the ones that fall
 * due now). Soonest first.
 */
export async function awaitingDueBetween(from: number, until: number, limit = 200): Promise<CommentRecord[]> {
  if (until < from) return [];
  const db = await database();
  const tx = db.transaction('comments');
  const range = IDBKeyRange.bound(['awaiting', from], ['awaiting', until]);
  const found: CommentRecord[] = [];
  for (
    let cursor = await tx.store.index('byStatusDue').openCursor(range, 'prev');
    cursor && found.length < limit;
  ) {
    found.push(cursor.value);
    cursor = await cursor.continue();
  }
  await tx.done;
  return found.reverse();
}

/**
 * Deletes answered, no-reply-needed and stale comments closed more than `retentionDays` ago;
 * returns how many. Awaiting comments are never pruned here: they are still owed an answer (they
 * go stale first).
 */
export async function pruneClosed(now: number, retentionDays: number): Promise<number> {
  const before = now - retentionDays * DAY;
  const db = await database();
  const tx = db.transaction('comments', 'readwrite');
  const index = tx.store.index('byStatusChanged');
  const ranges = closedStatuses.map((status) =>
    IDBKeyRange.bound([status, -Infinity], [status, before], false, true),
  );
  const keys = (await Promise.all(ranges.map((range) => index.getAllKeys(range)))).flat();
  await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
  return keys.length;
}

/**
 * Answer-time statistics over the comments answered in the last `days` days (by when they were
 * marked answered), in business minutes: see `answerTimeStatsOf`.
 */
export async function answerTimeStats(
  now: number,
  days: number,
  hours: BusinessHours,
): Promise<AnswerTimeStats> {
  const range = IDBKeyRange.bound(['answered', now - days * DAY], ['answered', now]);
  const answered = await (await database()).getAllFromIndex('comments', 'byStatusChanged', range);
  return answerTimeStatsOf(answered, hours);
}
