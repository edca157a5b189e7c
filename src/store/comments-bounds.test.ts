import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { beforeEach, expect, test } from 'vitest';
import type { CommentRecord, CommentStatus } from '../shared/comment';
import { DAY, HOUR } from '../shared/time';
import { COMMENTS_CAP, capComments, markStale } from './comments-bounds';
import { awaitingDueBetween, awaitingSummary, pruneClosed } from './comments-repo';
import { DB_NAME, database, resetDatabaseConnection } from './db';

const now = Date.parse('2025-06-02T12:00Z');

beforeEach(async () => {
  resetDatabaseConnection();
  await deleteDB(DB_NAME);
});

function record(id: string, status: CommentStatus, writtenAt: number, extra: Partial<CommentRecord> = {}) {
  return {
    id,
    network: 'x',
    brandId: 'brand-1',
    author: '@ana',
    excerpt: 'Where is my order?',
    writtenAt,
    firstSeenAt: writtenAt,
    pageUrl: 'https://x.com/acme/status/1',
    status,
    statusChangedAt: writtenAt,
    dueAt: writtenAt + 6 * HOUR,
    ...extra,
  } satisfies CommentRecord;
}

async function put(records: CommentRecord[]) {
  const db = await database();
  const tx = db.transaction('comments', 'readwrite');
  for (const each of records) void tx.store.put(each);
  await tx.done;
}

test('awaiting comments older than staleAfterDays go stale: not counted, not notified, kept', async () => {
  await put([
    record('x:fresh', 'awaiting', now - 2 * DAY),
    record('x:old', 'awaiting', now - 31 * DAY),
    // A long deadline doesn't keep an old comment counting.
    record('x:old-long-deadline', 'awaiting', now - 40 * DAY, { dueAt: now - 15 * DAY }),
    record('x:answered-old', 'answered', now - 60 * DAY),
  ]);
  expect((await awaitingSummary(now)).awaiting).toBe(3);

  expect(await markStale(now, 30)).toBe(2);
  expect((await awaitingSummary(now)).awaiting).toBe(1);
  expect((await awaitingSummary(now, 'brand-1')).awaiting).toBe(1);
  expect((await awaitingDueBetween(0, now + DAY)).map((comment) => comment.id)).toEqual(['x:fresh']);
  const db = await database();
  expect((await db.get('comments', 'x:old'))?.status).toBe('stale');
  expect((await db.get('comments', 'x:old'))?.statusChangedAt).toBe(now);
  // Run again: nothing more to do.
  expect(await markStale(now, 30)).toBe(0);

  // Stale comments are deleted with the retention, counted from when they went stale.
  expect(await pruneClosed(now + 10 * DAY, 30)).toBe(1);
  expect(await pruneClosed(now + 31 * DAY, 30)).toBe(2);
  expect(await db.count('comments')).toBe(1);
});

test('above the cap the oldest go first: closed ones by when they closed, then awaiting ones', async () => {
  await put([
    record('x:awaiting-old', 'awaiting', now - 20 * DAY),
    record('x:awaiting-new', 'awaiting', now - DAY),
    record('x:answered-old', 'answered', now - 10 * DAY),
    record('x:stale-older', 'stale', now - 50 * DAY, { statusChangedAt: now - 12 * DAY }),
    record('x:skipped-new', 'no-reply-needed', now - 2 * DAY),
  ]);
  expect(await capComments(10)).toBe(0);
  expect(await capComments(3)).toBe(2);
  const db = await database();
  expect((await db.getAllKeys('comments')).sort()).toEqual([
    'x:awaiting-new',
    'x:awaiting-old',
    'x:skipped-new',
  ]);
  expect(await capComments(1)).toBe(2);
  expect(await db.getAllKeys('comments')).toEqual(['x:awaiting-new']);
});

test(`100,000 records and more: housekeeping keeps ${COMMENTS_CAP.toLocaleString('en')} at most`, async () => {
  // 100 over the cap: fake-indexeddb walks every index on each delete, so a bigger excess only
  // measures fake-indexeddb.
  const total = COMMENTS_CAP + 100;
  const records: CommentRecord[] = [];
  for (let index = 0; index < total; index++) {
    const awaiting = index % 100 === 0;
    const writtenAt = now - (index % 400) * DAY - index;
    records.push(
      record(`x:${index}`, awaiting ? 'awaiting' : 'answered', writtenAt, {
        statusChangedAt: writtenAt + HOUR,
      }),
    );
  }
  await put(records);
  const started = performance.now();
  const stale = await markStale(now, 30);
  const capped = await capComments();
  const elapsed = performance.now() - started;
  console.log(`# housekeeping of ${total} comments in fake-indexeddb: ${elapsed.toFixed(0)} ms`);

  const db = await database();
  expect(capped).toBe(100);
  expect(await db.count('comments')).toBe(COMMENTS_CAP);
  // Only old answered comments went; every awaiting or stale one is still there.
  expect(
    await db.countFromIndex(
      'comments',
      'byStatusDue',
      IDBKeyRange.bound(['awaiting', -Infinity], ['awaiting', Infinity]),
    ),
  ).toBe(records.filter((each) => each.status === 'awaiting' && each.writtenAt >= now - 30 * DAY).length);
  expect(stale).toBe(
    records.filter((each) => each.status === 'awaiting' && each.writtenAt < now - 30 * DAY).length,
  );
  expect((await awaitingSummary(now)).awaiting).toBe(
    records.filter((each) => each.status === 'awaiting' && each.writtenAt >= now - 30 * DAY).length,
  );
}, 300_000);
