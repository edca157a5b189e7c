import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { SETTINGS_VERSION } from '../shared/settings-schema';
import { v1Settings } from '../shared/settings-test-fixtures';
import { DB_NAME, database, resetDatabaseConnection } from './db';
import { importSettings, readSettings } from './settings-repo';

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

test('a v1 record in IndexedDB is migrated on read and saved as the current version, with nothing lost', async () => {
  const v1 = v1Settings(false);
  await (await database()).put('settings', { id: 'current', value: v1, savedAt: 5 });
  const settings = await readSettings();
  expect(settings.version).toBe(SETTINGS_VERSION);
  expect(settings.notifications).toEqual({ dueSoon: false, overdue: false });
  expect(settings.brands.map((brand) => brand.name)).toEqual(['Acme Coffee', 'Beans']);
  expect(settings.activeBrandId).toBe('beans');
  for (const brand of settings.brands) expect(brand.localEvents).toEqual(v1.localEvents);
  const stored = await (await database()).get('settings', 'current');
  expect(stored).toEqual({ id: 'current', value: settings, savedAt: 5 });
});

test('an import with a problem saves nothing', async () => {
  const first = await importSettings(v1Settings(true), 1);
  expect(first.ok).toBe(true);
  const broken = { ...v1Settings(true), brands: [{ id: 'x', name: '', accounts: {}, ownDomains: [] }] };
  const second = await importSettings(broken, 2);
  expect(second).toEqual({
    ok: false,
    problems: [expect.objectContaining({ path: 'brands[0].name', message: 'errRequired' })],
  });
  expect((await readSettings()).brands[0].name).toBe('Acme Coffee');
});
