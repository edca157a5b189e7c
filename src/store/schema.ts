import type { DBSchema } from 'idb';
import type { BackupStore } from '../shared/backup-format';
import type { CommentRecord, CommentStatus } from '../shared/comment';
import type { Network } from '../shared/networks';
import type { PlanItem } from '../shared/plan';
import type { PostRecord } from '../shared/post';
import type { SettingsBackupReason } from '../shared/protocol';
import type { ChecklistDay, SavedDraft } from '../shared/record-schemas';

/**
 * A draft autosaved so an accidental reload or a closed tab loses nothing (drafts-repo.ts), and the
 * popup's ticks for one day: their shapes are their schemas' (a backup's records are checked
 * against them).
 */
export type { ChecklistDay, SavedDraft } from '../shared/record-schemas';

/** Small preferences of the UI itself (panel collapsed, …), not brand settings. */
export interface Pref {
  key: string;
  value: unknown;
}

export interface StoredSettings {
  id: 'current';
  /** The settings object, validated against SettingsSchema whenever it is read or written. */
  value: unknown;
  savedAt: number;
}

/**
 * A copy of the stored settings record, exactly as it was (never validated, never migrated), taken
 * before something replaced it, or when it stopped passing validation.
 */
export interface SettingsBackup {
  id: string;
  reason: SettingsBackupReason;
  takenAt: number;
  /** The stored settings object, as it was. */
  value: unknown;
  /** When that record had been saved, if it said. */
  savedAt: number | null;
}

export interface SmmDatabase extends DBSchema {
  settings: { key: string; value: StoredSettings };
  posts: {
    key: string;
    value: PostRecord;
    indexes: { byTime: number; byNetworkTime: [Network, number] };
  };
  comments: {
    key: string;
    value: CommentRecord;
    indexes: {
      byStatusDue: [CommentStatus, number];
      byNetworkStatus: [Network, CommentStatus];
      byPage: string;
      byStatusChanged: [CommentStatus, number];
      byBrandStatusDue: [string, CommentStatus, number];
    };
  };
  checklistDays: { key: string; value: ChecklistDay };
  drafts: { key: string; value: SavedDraft; indexes: { bySavedAt: number } };
  prefs: { key: string; value: Pref };
  settingsBackups: { key: string; value: SettingsBackup; indexes: { byTakenAt: number } };
  restoreStaging: { key: [string, number]; value: StagedRestore };
  plan: { key: string; value: PlanItem; indexes: { byBrandDay: [string, string] } };
}

/**
 * A restore in progress (backup-repo.ts): its pages wait here, in the database so that a worker
 * stopped between two pages loses none, until the commit moves them all into their stores in one
 * transaction. The session's first row (`seq` -1, no store) says when it began.
 */
export interface StagedRestore {
  session: string;
  seq: number;
  store: BackupStore | null;
  records: unknown[];
  stagedAt: number;
  /** On the first row: records staged per store and page (`seq`), so a page sent twice counts once. */
  counts?: Partial<Record<BackupStore, Record<number, number>>>;
}

export type StoreName =
  | 'settings'
  | 'posts'
  | 'comments'
  | 'checklistDays'
  | 'drafts'
  | 'prefs'
  | 'settingsBackups'
  | 'restoreStaging'
  | 'plan';
