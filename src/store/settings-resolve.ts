import type { SettingsHealth } from '../shared/protocol';
import { defaultSettings } from '../shared/settings-defaults';
import { parseSettings } from '../shared/settings-migrations';
import type { Settings } from '../shared/settings-schema';
import type { Parsed } from '../shared/validation';
import { database } from './db';
import { getBackup, listBackups } from './settings-backups';
import { diagnoseSettings, isReadable, versionOf } from './settings-diagnosis';
import { readSettingsState, writeSettings } from './settings-repo';

export type SettingsChoice = 'repair' | 'restore' | 'reset';

/** What the options page shows: the damage, if any, and the backups that could be brought back. */
export async function settingsHealth(now = Date.now()): Promise<SettingsHealth> {
  const state = await readSettingsState(now);
  const backups = await listBackups();
  return {
    damaged: state.damaged ? state.damage : null,
    backups: backups.map((backup) => ({
      id: backup.id,
      reason: backup.reason,
      takenAt: backup.takenAt,
      version: versionOf(backup.value),
      restorable: isReadable(backup.value),
    })),
  };
}

/**
 * The user's choice for the stored settings, the one way to write over a damaged record:
 * - repair: the repaired reading is saved (never for a record of a newer version);
 * - restore: a backup, migrated and validated, replaces the record;
 * - reset: the defaults replace it.
 * What is replaced is copied aside first (a damaged record already is).
 */
export async function resolveSettings(
  choice: SettingsChoice,
  backupId?: string,
  now = Date.now(),
): Promise<Parsed<Settings>> {
  if (choice === 'reset')
    return writeSettings(defaultSettings(), now, { reason: 'reset', overDamaged: true });
  if (choice === 'restore') {
    const backup = backupId ? await getBackup(backupId) : undefined;
    if (!backup) return { ok: false, problems: [{ path: 'backupId', message: 'errBackupMissing' }] };
    const parsed = parseSettings(backup.value);
    if (!parsed.ok) return parsed;
    return writeSettings(parsed.value, now, { reason: 'restore', overDamaged: true });
  }
  const stored = await (await database()).get('settings', 'current');
  const diagnosis = stored ? diagnoseSettings(stored.value) : undefined;
  if (!stored || !diagnosis || diagnosis.ok) {
    // Nothing to repair: the settings as they are.
    return { ok: true, value: (await readSettingsState(now)).settings };
  }
  if (diagnosis.newer) return { ok: false, problems: diagnosis.problems };
  return writeSettings(diagnosis.candidate, now, { overDamaged: true });
}
