import { browserLanguage } from '../shared/i18n';
import type { SettingsBackupReason, SettingsDamage } from '../shared/protocol';
import { defaultSettings } from '../shared/settings-defaults';
import { readSettingsFile } from '../shared/settings-migrations';
import { type Settings, SettingsSchema } from '../shared/settings-schema';
import { type Parsed, parseWith } from '../shared/validation';
import { database } from './db';
import { backUp, damagedCopyId, fingerprint, settingsTransaction } from './settings-backups';
import { type Diagnosis, diagnoseSettings, isReadable } from './settings-diagnosis';

/**
 * The brand settings. A stored record that fails validation (written by a newer version before a
 * rollback, caught by a rule tightened since, naming a time zone this browser doesn't know) is
 * never overwritten behind the user's back: it stays as it is, a copy is put aside, the extension
 * works meanwhile with a repaired reading of it, and every whole-record write is refused until the
 * user chooses in the options (settings-resolve.ts). A record of an earlier settings version is
 * migrated on read and written back, after a backup, so the migration runs once.
 */

export type SettingsState =
  | { damaged: false; settings: Settings }
  | { damaged: true; settings: Settings; damage: SettingsDamage };

/** What a write over a damaged record answers: nothing written, and why. */
export const DAMAGED_REFUSAL: Parsed<never> = {
  ok: false,
  problems: [{ path: '', message: 'errSettingsDamaged' }],
};

/**
 * The repair of the last damaged record read, by fingerprint: the worker reads settings for every
 * draft it judges, and a repair is many validations. A cache only; nothing depends on it surviving.
 */
let lastDamaged: { key: string; diagnosis: Diagnosis & { ok: false } } | undefined;

/** The settings to work with: the stored ones, or while they are damaged, their repaired reading. */
export async function readSettings(): Promise<Settings> {
  return (await readSettingsState()).settings;
}

export async function readSettingsState(now = Date.now()): Promise<SettingsState> {
  const db = await database();
  const stored = await db.get('settings', 'current');
  // Before the first save: one brand in the browser's language, with that language's weekday themes.
  if (!stored) return { damaged: false, settings: defaultSettings(browserLanguage()) };
  // Sound settings, the usual case, cost one validation and no fingerprint.
  const key = lastDamaged ? fingerprint(stored.value) : undefined;
  const diagnosis =
    lastDamaged && lastDamaged.key === key ? lastDamaged.diagnosis : diagnoseSettings(stored.value);
  if (diagnosis.ok) {
    lastDamaged = undefined;
    if (diagnosis.migrated) await writeMigrated(stored.value, diagnosis.settings, now);
    return { damaged: false, settings: diagnosis.settings };
  }
  lastDamaged = { key: key ?? fingerprint(stored.value), diagnosis };
  if (!(await db.get('settingsBackups', damagedCopyId(stored.value)))) {
    const tx = await settingsTransaction();
    await backUp(tx, stored, 'damaged', now);
    await tx.done;
  }
  const { version, newer, problems } = diagnosis;
  return {
    damaged: true,
    settings: structuredClone(diagnosis.candidate),
    damage: { version, newer, problems },
  };
}

/** The migrated record replaces the older one, unless something else wrote in between. */
async function writeMigrated(read: unknown, settings: Settings, now: number): Promise<void> {
  const tx = await settingsTransaction();
  const current = await tx.objectStore('settings').get('current');
  if (current && fingerprint(current.value) === fingerprint(read)) {
    await backUp(tx, current, 'migration', now);
    await tx.objectStore('settings').put({ id: 'current', value: settings, savedAt: current.savedAt });
  }
  await tx.done;
}

/**
 * Writes a whole record. Over a damaged one only as the user's choice (`overDamaged`); the record
 * replaced is copied aside first when `reason` says so (a damaged one is copied already).
 */
export async function writeSettings(
  settings: Settings,
  now: number,
  { reason, overDamaged = false }: { reason?: SettingsBackupReason; overDamaged?: boolean } = {},
): Promise<Parsed<Settings>> {
  const tx = await settingsTransaction();
  const current = await tx.objectStore('settings').get('current');
  if (current && !isReadable(current.value)) {
    if (!overDamaged) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return DAMAGED_REFUSAL;
    }
    await backUp(tx, current, 'damaged', now);
  } else if (current && reason) {
    await backUp(tx, current, reason, now);
  }
  await tx.objectStore('settings').put({ id: 'current', value: settings, savedAt: now });
  await tx.done;
  return { ok: true, value: settings };
}

/**
 * Validates and saves; on any problem nothing is written and the problems are returned. Refused
 * while the stored record is damaged: the options page asks the user first.
 */
export async function saveSettings(input: unknown, now = Date.now()): Promise<Parsed<Settings>> {
  const parsed = parseWith(SettingsSchema, input);
  if (!parsed.ok) return parsed;
  return writeSettings(parsed.value, now);
}

/**
 * An imported settings file (our export of any version, or a bare settings object): migrated,
 * validated, then saved whole after a backup of what it replaces. On any problem nothing is written.
 */
export async function importSettings(input: unknown, now = Date.now()): Promise<Parsed<Settings>> {
  const parsed = readSettingsFile(input);
  if (!parsed.ok) return parsed;
  return writeSettings(parsed.value, now, { reason: 'import' });
}
