import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { beforeEach, expect, test } from 'vitest';
import type { CommentRecord } from '../shared/comment';
import { awaitingSummary, pruneClosed } from './comments-repo';
import { DB_NAME, openDatabase, resetDatabaseConnection } from './db';
import { DB_VERSION } from './migrations';

const DAY = 86_400_000;
const now = Date.parse('2025-06-02T12:00Z');

const comment = (
  id: string,
  status: CommentRecord['status'],
  statusChangedAt: number,
  dueAt: number,
): CommentRecord => ({
  id,
  network: id.startsWith('vk:') ? 'vk' : 'x',
  author: '@ana',
  excerpt: 'Hello',
  writtenAt: statusChangedAt - DAY,
  firstSeenAt: statusChangedAt - DAY,
  pageUrl: 'https://x.com/brand/status/1',
  status,
  statusChangedAt,
  ...(status === 'no-reply-needed' ? { reason: 'spam' } : {}),
  category: 'question',
  dueAt,
});

const records = [
  comment('x:awaiting', 'awaiting', now - DAY, now - DAY / 2),
  comment('vk:answered-recently', 'answered', now - 2 * DAY, now - 3 * DAY),
  comment('x:answered-long-ago', 'answered', now - 400 * DAY, now - 401 * DAY),
  comment('x:skipped', 'no-reply-needed', now - 10 * DAY, now - 11 * DAY),
];

beforeEach(async () => {
  resetDatabaseConnection();
  await deleteDB(DB_NAME);
});

test('comments stored at version 1 survive the upgrade and are found by the new byStatusChanged index', async () => {
  expect(DB_VERSION).toBeGreaterThan(1);
  const v1 = await openDatabase(DB_NAME, 1);
  expect(v1.objectStoreNames.contains('comments')).toBe(true);
  expect(v1.transaction('comments').store.indexNames.contains('byStatusChanged')).toBe(false);
  for (const record of records) await v1.put('comments', record);
  v1.close();

  const latest = await openDatabase();
  expect(latest.version).toBe(DB_VERSION);
  expect((await latest.getAll('comments')).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
    records.map((record) => ({ ...record, brandId: 'brand-1' })).sort((a, b) => a.id.localeCompare(b.id)),
  );
  const answered = await latest.getAllKeysFromIndex(
    'comments',
    'byStatusChanged',
    IDBKeyRange.bound(['answered', -Infinity], ['answered', Infinity]),
  );
  expect(answered).toEqual(['x:answered-long-ago', 'vk:answered-recently']);
  expect(
    await latest.countFromIndex(
      'comments',
      'byStatusDue',
      IDBKeyRange.bound(['awaiting', 0], ['awaiting', Infinity]),
    ),
  ).toBe(1);
  latest.close();

  // The repository works on the upgraded data through the shared connection.
  expect(await awaitingSummary(now)).toMatchObject({ awaiting: 1, overdue: 1 });
  expect(await pruneClosed(now, 180)).toBe(1);
});

test('comments tracked before version 6 belong to the brand that was active, and count as its own', async () => {
  const v5 = await openDatabase(DB_NAME, 5);
  await v5.put('settings', {
    id: 'current',
    value: { version: 3, activeBrandId: 'brand-7', brands: [{ id: 'brand-1' }, { id: 'brand-7' }] },
    savedAt: 1,
  });
  for (const record of records) await v5.put('comments', record);
  v5.close();

  const latest = await openDatabase();
  expect(new Set((await latest.getAll('comments')).map((record) => record.brandId))).toEqual(
    new Set(['brand-7']),
  );
  latest.close();
  expect(await awaitingSummary(now, 'brand-7')).toMatchObject({ awaiting: 1, overdue: 1 });
  expect(await awaitingSummary(now, 'brand-1')).toMatchObject({ awaiting: 0, overdue: 0 });
});
