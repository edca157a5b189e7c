import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { parseSettings } from '../shared/settings-migrations';
import { SETTINGS_VERSION, type Settings } from '../shared/settings-schema';
import { v1Settings } from '../shared/settings-test-fixtures';
import { DB_NAME, database, resetDatabaseConnection } from './db';
import { KEPT_BACKUPS, listBackups } from './settings-backups';
import { importSettings, readSettings, readSettingsState, saveSettings } from './settings-repo';

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

/** A user's settings at the current version, with something in them. */
function usersSettings(): Settings {
  const parsed = parseSettings(v1Settings(true));
  if (!parsed.ok) throw new Error('fixture');
  return parsed.value;
}

/**
 * The path of the first field named `key`, wherever the schema keeps it (the time zone may move
 * inside each brand): the tests say "a bad time zone", not where it lives.
 */
function pathTo(value: unknown, key: string, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const [name, inner] of Object.entries(value)) {
    const here = [...path, Array.isArray(value) ? Number(name) : name];
    if (name === key && !Array.isArray(value)) return here;
    const found = pathTo(inner, key, here);
    if (found) return found;
  }
  return null;
}

function setAt(value: unknown, path: (string | number)[], replacement: unknown): void {
  let parent = value as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]] = replacement;
}

const pathText = (path: (string | number)[]) =>
  path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index ? `.${key}` : key)).join('');

async function store(value: unknown, savedAt = 5): Promise<void> {
  await (await database()).put('settings', { id: 'current', value, savedAt });
}

async function stored(): Promise<unknown> {
  return (await (await database()).get('settings', 'current'))?.value;
}

/** The user's settings with an unknown time zone (a browser without it, or a typo in a file). */
function withBadTimeZone(): { record: Settings; zonePath: (string | number)[] } {
  const record = usersSettings();
  const zonePath = pathTo(record, 'timeZone');
  if (!zonePath) throw new Error('no time zone in the settings');
  setAt(record, zonePath, 'Mars/Olympus_Mons');
  return { record, zonePath };
}

describe('a stored record that fails validation', () => {
  test('is kept as it is, copied aside, and read repaired field by field', async () => {
    const { record, zonePath } = withBadTimeZone();
    await store(record);

    const state = await readSettingsState(100);
    const repaired = structuredClone(record);
    setAt(repaired, zonePath, '');
    expect(state).toEqual({
      damaged: true,
      settings: repaired,
      damage: {
        version: SETTINGS_VERSION,
        newer: false,
        problems: [
          expect.objectContaining({ path: pathText(zonePath), message: 'errNotATimeZone', fix: 'default' }),
        ],
      },
    });
    // The extension goes on with the repaired reading: the user's brands, not the defaults.
    expect((await readSettings()).brands).toEqual(repaired.brands);
    expect(await stored()).toEqual(record);
    const backups = await listBackups();
    expect(backups).toEqual([
      expect.objectContaining({ reason: 'damaged', value: record, savedAt: 5, takenAt: 100 }),
    ]);
    // Read again and again: still one copy.
    await readSettings();
    expect(await listBackups()).toHaveLength(1);
  });

  test('refuses every whole-record write until the user chooses', async () => {
    const { record } = withBadTimeZone();
    await store(record);
    const refused = { ok: false, problems: [{ path: '', message: 'errSettingsDamaged' }] };
    expect(await saveSettings(usersSettings(), 9)).toEqual(refused);
    expect(await saveSettings({ ...(await readSettings()), activeBrandId: 'acme' }, 9)).toEqual(refused);
    expect(await importSettings(usersSettings(), 9)).toEqual(refused);
    expect(await stored()).toEqual(record);
  });

  test('from a newer version is kept and reported as such, never repaired down', async () => {
    const newer = { ...usersSettings(), version: SETTINGS_VERSION + 1, somethingNew: { on: true } };
    await store(newer);
    const state = await readSettingsState();
    expect(state).toMatchObject({
      damaged: true,
      damage: {
        version: SETTINGS_VERSION + 1,
        newer: true,
        problems: [{ path: 'version', message: 'errFutureVersion' }],
      },
    });
    // Meanwhile the extension reads it as well as it can, in memory.
    expect(state.settings.version).toBe(SETTINGS_VERSION);
    expect(state.settings.brands).toEqual(newer.brands);
    expect(await saveSettings(usersSettings())).toMatchObject({ ok: false });
    expect(await stored()).toEqual(newer);
  });
});

describe('backups', () => {
  test('a v1 record is migrated on read and saved as the current version, with nothing lost, after a backup', async () => {
    const v1 = v1Settings(false);
    await store(v1);
    const settings = await readSettings();
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.notifications).toEqual({ dueSoon: false, overdue: false });
    expect(settings.brands.map((brand) => brand.name)).toEqual(['Acme Coffee', 'Beans']);
    expect(settings.activeBrandId).toBe('beans');
    for (const brand of settings.brands) expect(brand.localEvents).toEqual(v1.localEvents);
    expect(await (await database()).get('settings', 'current')).toEqual({
      id: 'current',
      value: settings,
      savedAt: 5,
    });
    expect(await listBackups()).toEqual([
      expect.objectContaining({ reason: 'migration', value: v1, savedAt: 5 }),
    ]);
    // Migrated once: the next read takes no other copy.
    await readSettings();
    expect(await listBackups()).toHaveLength(1);
  });

  test('an import backs up the record it replaces', async () => {
    expect((await importSettings(v1Settings(true), 1)).ok).toBe(true);
    const first = await stored();
    expect((await importSettings({ ...usersSettings(), activeBrandId: 'acme' }, 2)).ok).toBe(true);
    expect(await listBackups()).toEqual([
      expect.objectContaining({ reason: 'import', takenAt: 2, value: first, savedAt: 1 }),
    ]);
  });

  test('an import with a problem saves nothing and backs up nothing', async () => {
    const first = await importSettings(v1Settings(true), 1);
    expect(first.ok).toBe(true);
    const broken = { ...v1Settings(true), brands: [{ id: 'x', name: '', accounts: {}, ownDomains: [] }] };
    const second = await importSettings(broken, 2);
    expect(second).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: 'brands[0].name', message: 'errRequired' })],
    });
    expect((await readSettings()).brands[0].name).toBe('Acme Coffee');
    expect(await listBackups()).toEqual([]);
  });

  test(`only the newest ${KEPT_BACKUPS} are kept`, async () => {
    for (let at = 1; at <= KEPT_BACKUPS + 3; at++) {
      expect((await importSettings(usersSettings(), at)).ok).toBe(true);
    }
    const backups = await listBackups();
    expect(backups).toHaveLength(KEPT_BACKUPS);
    expect(backups.map((backup) => backup.takenAt)).toEqual(
      Array.from({ length: KEPT_BACKUPS }, (_, index) => KEPT_BACKUPS + 3 - index),
    );
  });
});
