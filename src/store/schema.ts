import type { DBSchema } from 'idb';
import type { CommentRecord, CommentStatus } from '../shared/comment';
import type { Network } from '../shared/networks';
import type { PostRecord } from '../shared/post';
import type { SettingsBackupReason } from '../shared/protocol';

/** A draft autosaved so an accidental reload or a closed tab loses nothing. */
export interface SavedDraft {
  /** `network:kind:page#tab-<id>`: one per composer kind, page and tab (drafts-repo.ts). */
  key: string;
  network: Network;
  kind: 'post' | 'reply';
  pageUrl: string;
  text: string;
  savedAt: number;
}

/** The popup's ticks for one day. */
export interface ChecklistDay {
  /** `YYYY-MM-DD` in the user's zone. */
  day: string;
  /** Check id -> ticked by hand. */
  ticks: Record<string, boolean>;
}

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
    };
  };
  checklistDays: { key: string; value: ChecklistDay };
  drafts: { key: string; value: SavedDraft; indexes: { bySavedAt: number } };
  prefs: { key: string; value: Pref };
  settingsBackups: { key: string; value: SettingsBackup; indexes: { byTakenAt: number } };
}

export type StoreName =
  | 'settings'
  | 'posts'
  | 'comments'
  | 'checklistDays'
  | 'drafts'
  | 'prefs'
  | 'settingsBackups';
