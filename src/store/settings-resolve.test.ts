import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { defaultSettings } from '../shared/settings-defaults';
import { parseSettings } from '../shared/settings-migrations';
import { SETTINGS_VERSION, type Settings } from '../shared/settings-schema';
import { v1Settings } from '../shared/settings-test-fixtures';
import { DB_NAME, database, resetDatabaseConnection } from './db';
import { listBackups } from './settings-backups';
import { importSettings, readSettingsState, saveSettings } from './settings-repo';
import { resolveSettings, settingsHealth } from './settings-resolve';

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

function usersSettings(): Settings {
  const parsed = parseSettings(v1Settings(true));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.value;
}

/** The user's settings with one unknown key and one list item that no longer passes. */
function damagedRecord(): Record<string, unknown> {
  const record: Record<string, unknown> = { ...usersSettings(), leftByABug: 1 };
  const brands = structuredClone(usersSettings().brands);
  brands[0].ownDomains.push('not a domain');
  record.brands = brands;
  return record;
}

async function store(value: unknown, savedAt = 5): Promise<void> {
  await (await database()).put('settings', { id: 'current', value, savedAt });
}

const stored = async () => (await (await database()).get('settings', 'current'))?.value;

describe('the user’s choice over damaged settings', () => {
  test('repair saves the repaired reading; the damaged record stays copied aside', async () => {
    await store(damagedRecord());
    const result = await resolveSettings('repair', undefined, 50);
    expect(result).toEqual({ ok: true, value: usersSettings() });
    expect(await stored()).toEqual(usersSettings());
    expect((await readSettingsState()).damaged).toBe(false);
    expect(await listBackups()).toEqual([
      expect.objectContaining({ reason: 'damaged', value: damagedRecord() }),
    ]);
    // Writes work again.
    expect((await saveSettings(usersSettings(), 60)).ok).toBe(true);
  });

  test('restore brings back a backup, migrated', async () => {
    // An import replaced a v1 record (backed up), then the record went bad.
    await store(v1Settings(false), 1);
    expect((await importSettings(defaultSettings(), 2)).ok).toBe(true);
    await store(damagedRecord(), 3);
    await readSettingsState(4);
    const health = await settingsHealth(4);
    expect(health.damaged).not.toBeNull();
    const imported = health.backups.find((backup) => backup.reason === 'import');
    expect(imported).toMatchObject({ takenAt: 2, version: 1, restorable: true });
    expect(health.backups.find((backup) => backup.reason === 'damaged')).toMatchObject({ restorable: false });

    const result = await resolveSettings('restore', imported?.id, 5);
    expect(result.ok).toBe(true);
    const value = await stored();
    expect(value).toMatchObject({
      version: SETTINGS_VERSION,
      notifications: { dueSoon: false, overdue: false },
    });
    expect((value as Settings).brands.map((brand) => brand.name)).toEqual(['Acme Coffee', 'Beans']);
    expect((await settingsHealth()).damaged).toBeNull();
  });

  test('a backup that does not pass is not restored, and nothing changes', async () => {
    await store(damagedRecord());
    const copy = (await settingsHealth()).backups[0];
    const result = await resolveSettings('restore', copy.id);
    expect(result).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.anything()]) });
    expect(await resolveSettings('restore', 'no-such-backup')).toEqual({
      ok: false,
      problems: [{ path: 'backupId', message: 'errBackupMissing' }],
    });
    expect(await stored()).toEqual(damagedRecord());
  });

  test('reset saves the defaults; the damaged record stays copied aside', async () => {
    await store(damagedRecord());
    expect(await resolveSettings('reset', undefined, 7)).toEqual({ ok: true, value: defaultSettings() });
    expect(await stored()).toEqual(defaultSettings());
    expect((await listBackups()).map((backup) => backup.reason)).toEqual(['damaged']);
  });

  test('reset of sound settings backs them up first', async () => {
    expect((await saveSettings(usersSettings(), 1)).ok).toBe(true);
    await resolveSettings('reset', undefined, 2);
    expect(await listBackups()).toEqual([
      expect.objectContaining({ reason: 'reset', takenAt: 2, value: usersSettings() }),
    ]);
  });

  test('a record from a newer version is not repaired down; restore or reset still work', async () => {
    const newer = { ...usersSettings(), version: SETTINGS_VERSION + 1 };
    await store(newer);
    expect(await resolveSettings('repair')).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'version', message: 'errFutureVersion' })],
    });
    expect(await stored()).toEqual(newer);
    expect((await resolveSettings('reset')).ok).toBe(true);
    expect(await listBackups()).toEqual([expect.objectContaining({ reason: 'damaged', value: newer })]);
  });

  test('health lists each problem with its path and what repair would do', async () => {
    await store(damagedRecord());
    expect(await settingsHealth()).toEqual({
      damaged: {
        version: SETTINGS_VERSION,
        newer: false,
        problems: [
          expect.objectContaining({
            path: 'brands[0].ownDomains[1]',
            message: 'errNotADomain',
            fix: 'dropped',
          }),
          expect.objectContaining({ path: 'leftByABug', message: 'errUnknownKey', fix: 'removed' }),
        ],
      },
      backups: [expect.objectContaining({ reason: 'damaged', version: SETTINGS_VERSION, restorable: false })],
    });
  });

  test('sound settings report no damage, and repair changes nothing', async () => {
    expect((await saveSettings(usersSettings(), 1)).ok).toBe(true);
    expect(await settingsHealth()).toEqual({ damaged: null, backups: [] });
    expect(await resolveSettings('repair')).toEqual({ ok: true, value: usersSettings() });
    expect(await listBackups()).toEqual([]);
  });
});
