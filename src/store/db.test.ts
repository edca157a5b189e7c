import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, expect, test } from 'vitest';
import { DB_NAME, database, resetDatabaseConnection } from './db';
import { DB_VERSION } from './migrations';

const deleteDatabase = () =>
  new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });

beforeEach(async () => {
  resetDatabaseConnection();
  await deleteDatabase();
});

test('a rejected open (VersionError) is not kept: the next request opens again', async () => {
  // A newer copy of the extension left the database at a later version (then was rolled back).
  (await openDB(DB_NAME, DB_VERSION + 1)).close();
  await expect(database()).rejects.toMatchObject({ name: 'VersionError' });
  await expect(database()).rejects.toMatchObject({ name: 'VersionError' });

  await deleteDatabase();
  const db = await database();
  expect(db.version).toBe(DB_VERSION);
  await db.put('prefs', { key: 'panelCollapsed', value: true });
  expect(await (await database()).get('prefs', 'panelCollapsed')).toEqual({
    key: 'panelCollapsed',
    value: true,
  });
});

test('a connection closed for a newer version of the database is not kept either', async () => {
  const first = await database();
  // Another part of the extension (an update) opens a later version: ours steps aside.
  const newer = await openDB(DB_NAME, DB_VERSION + 1);
  newer.close();
  await expect(database()).rejects.toMatchObject({ name: 'VersionError' });
  await deleteDatabase();
  const second = await database();
  expect(second).not.toBe(first);
  expect(await second.count('prefs')).toBe(0);
});

test('the connection is shared while it is open', async () => {
  expect(await database()).toBe(await database());
});
