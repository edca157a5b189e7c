import type { IDBPTransaction } from 'idb';
import type { SettingsBackupReason } from '../shared/protocol';
import { database } from './db';
import type { SettingsBackup, SmmDatabase, StoredSettings } from './schema';

/**
 * Copies of the settings record, taken before anything replaces it (a migration, an import, a
 * restore, a reset) and when it stops passing validation. The newest few are kept.
 */
export const KEPT_BACKUPS = 10;

/** A transaction over the settings and their backups, so a copy and the write it precedes go together. */
export type SettingsTransaction = IDBPTransaction<
  SmmDatabase,
  ('settings' | 'settingsBackups')[],
  'readwrite'
>;

export async function settingsTransaction(): Promise<SettingsTransaction> {
  return (await database()).transaction(['settings', 'settingsBackups'], 'readwrite');
}

/** A short fingerprint of a record's content: the same record twice gives the same copy. */
export function fingerprint(raw: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch {
    text = String(raw);
  }
  let a = 2166136261;
  let b = 5381;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 16777619);
    b = Math.imul(b, 33) ^ code;
  }
  return `${text.length.toString(36)}-${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

/** The one copy of a damaged record, however often it is read. */
export function damagedCopyId(raw: unknown): string {
  return `damaged-${fingerprint(raw)}`;
}

/** Copies the stored record aside, then keeps only the newest KEPT_BACKUPS copies. */
export async function backUp(
  tx: SettingsTransaction,
  stored: StoredSettings,
  reason: SettingsBackupReason,
  takenAt: number,
): Promise<SettingsBackup> {
  const id =
    reason === 'damaged' ? damagedCopyId(stored.value) : `${reason}-${takenAt}-${fingerprint(stored.value)}`;
  const store = tx.objectStore('settingsBackups');
  const existing = await store.get(id);
  if (existing) return existing;
  const backup: SettingsBackup = {
    id,
    reason,
    takenAt,
    value: stored.value,
    savedAt: typeof stored.savedAt === 'number' ? stored.savedAt : null,
  };
  await store.put(backup);
  let seen = 0;
  for (let cursor = await store.index('byTakenAt').openCursor(null, 'prev'); cursor; ) {
    seen += 1;
    if (seen > KEPT_BACKUPS && cursor.primaryKey !== id) await cursor.delete();
    cursor = await cursor.continue();
  }
  return backup;
}

/** Every backup kept, newest first. */
export async function listBackups(): Promise<SettingsBackup[]> {
  return (await (await database()).getAllFromIndex('settingsBackups', 'byTakenAt')).reverse();
}

export async function getBackup(id: string): Promise<SettingsBackup | undefined> {
  return (await database()).get('settingsBackups', id);
}
