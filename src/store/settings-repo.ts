import { defaultSettings } from '../shared/settings-defaults';
import { parseSettings, readSettingsFile } from '../shared/settings-migrations';
import { SETTINGS_VERSION, type Settings, SettingsSchema } from '../shared/settings-schema';
import { type Parsed, parseWith } from '../shared/validation';
import { database } from './db';

/**
 * The brand settings. Reading never fails: a record that no longer validates (a bug, or a
 * hand-edited database) falls back to the defaults rather than breaking every page. A record of an
 * earlier settings version is migrated on read and written back, so the migration runs once.
 */
export async function readSettings(): Promise<Settings> {
  const db = await database();
  const stored = await db.get('settings', 'current');
  if (!stored) return defaultSettings();
  const parsed = parseSettings(stored.value);
  if (!parsed.ok) return defaultSettings();
  const storedVersion = (stored.value as { version?: unknown } | null)?.version;
  if (storedVersion !== SETTINGS_VERSION) {
    await db.put('settings', { id: 'current', value: parsed.value, savedAt: stored.savedAt });
  }
  return parsed.value;
}

/** Validates and saves; on any problem nothing is written and the problems are returned. */
export async function saveSettings(input: unknown, now = Date.now()): Promise<Parsed<Settings>> {
  const parsed = parseWith(SettingsSchema, input);
  if (!parsed.ok) return parsed;
  await (await database()).put('settings', { id: 'current', value: parsed.value, savedAt: now });
  return parsed;
}

/**
 * An imported settings file (our export of any version, or a bare settings object): migrated,
 * validated, then saved whole. On any problem nothing is written.
 */
export async function importSettings(input: unknown, now = Date.now()): Promise<Parsed<Settings>> {
  const parsed = readSettingsFile(input);
  if (!parsed.ok) return parsed;
  return saveSettings(parsed.value, now);
}
