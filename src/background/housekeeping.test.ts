import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { defaultSettings } from '../shared/settings-defaults';
import { DAY } from '../shared/time';
import { DB_NAME, database, resetDatabaseConnection } from '../store/db';
import { housekeeping } from './housekeeping';

const NOW = 1_800_000_000_000;

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

async function oldDraft() {
  await (await database()).put('drafts', {
    key: 'x:post:https://x.com/home',
    network: 'x',
    kind: 'post',
    pageUrl: 'https://x.com/home',
    text: 'An old draft',
    savedAt: NOW - 400 * DAY,
  });
}

test('nothing is deleted while the stored settings are damaged, and it runs once they are not', async () => {
  await oldDraft();
  const db = await database();
  await db.put('settings', { id: 'current', value: { ...defaultSettings(), leftByABug: 1 }, savedAt: 1 });
  expect(await housekeeping(NOW)).toBeNull();
  expect(await db.count('drafts')).toBe(1);

  await db.put('settings', { id: 'current', value: defaultSettings(), savedAt: 2 });
  expect(await housekeeping(NOW)).toEqual({ comments: 0, drafts: 1, stale: 0 });
  expect(await db.count('drafts')).toBe(0);
});
