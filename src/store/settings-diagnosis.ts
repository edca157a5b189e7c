import type { SettingsProblem } from '../shared/protocol';
import { defaultSettings } from '../shared/settings-defaults';
import { type Migration, migrateSettings, parseSettings } from '../shared/settings-migrations';
import { SETTINGS_VERSION, type Settings, SettingsSchema } from '../shared/settings-schema';
import { parseWith } from '../shared/validation';
import { repairWith } from './settings-repair';

/** What the stored settings record is worth, decided from the record alone. */
export type Diagnosis =
  | {
      ok: true;
      settings: Settings;
      /** It was written by an earlier version: migrated here, to be written back (after a backup). */
      migrated: boolean;
    }
  | {
      ok: false;
      /** What the extension works with meanwhile: the record repaired, in memory only. */
      candidate: Settings;
      problems: SettingsProblem[];
      version: number | null;
      /** Written by a newer version: "repair" is not offered, the record is never written down. */
      newer: boolean;
    };

export function versionOf(raw: unknown): number | null {
  const version = (raw as { version?: unknown } | null)?.version;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
}

export function diagnoseSettings(raw: unknown): Diagnosis {
  const version = versionOf(raw);
  let migration: Migration;
  try {
    migration = migrateSettings(raw);
  } catch {
    // A step that met a shape it didn't expect: the record is judged as it is.
    migration = { version: version ?? 0, value: raw, problems: [] };
  }
  const newer = version !== null && version > SETTINGS_VERSION;
  if (newer) {
    // Read as well as this version can, for the advice to go on; never written back.
    const reading = repairWith(
      SettingsSchema,
      { ...(raw as object), version: SETTINGS_VERSION },
      defaultSettings(),
    );
    return { ok: false, candidate: reading.value, problems: migration.problems, version, newer };
  }
  const parsed = parseWith(SettingsSchema, migration.value);
  if (parsed.ok && migration.problems.length === 0) {
    return { ok: true, settings: parsed.value, migrated: version !== SETTINGS_VERSION };
  }
  const repaired = repairWith(SettingsSchema, migration.value, defaultSettings());
  return { ok: false, candidate: repaired.value, problems: repaired.problems, version, newer };
}

/** True when the record reads as valid settings (migrated if older); no repair is tried. */
export function isReadable(raw: unknown): boolean {
  try {
    return parseSettings(raw).ok;
  } catch {
    return false;
  }
}
