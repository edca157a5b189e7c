import type * as v from 'valibot';
import { PlanItemSchema } from './plan';
import { ChecklistDaySchema, CommentRecordSchema, PostSchema, SavedDraftSchema } from './record-schemas';
import type { Problem } from './validation';

/**
 * The full backup: one JSON file holding the settings and every record of the user's data, written
 * and read in pages (the options page asks the background for a page of records at a time and
 * streams the file back in), so no message ever carries everything.
 *
 * ```
 * { "format": "smm-assistant-backup", "version": 1, "exportedAt": "2026-…Z",
 *   "contents": { "posts": 120, "comments": 4000, … },   // which stores, and how many records each
 *   "settings": { … },                                    // the settings, any settings version
 *   "stores": { "posts": [ {…}, … ], "comments": [ … ], … } }
 * ```
 *
 * Records are written one per line with their keys sorted, so the same data always gives the same
 * file: export, restore and export again gives the same file but for `exportedAt`. `contents`
 * comes first, so a reader knows before any record what the file should hold, and a file cut short
 * (or edited) is caught by its counts.
 */
export const BACKUP_FORMAT = 'smm-assistant-backup';
export const BACKUP_VERSION = 1;

/**
 * The stores a backup holds, in the order written, each with the schema its records must pass. A
 * store added later is one line here; a backup written before it existed restores, and leaves that
 * store as it is.
 */
export const backupRecordSchemas = {
  posts: PostSchema,
  comments: CommentRecordSchema,
  drafts: SavedDraftSchema,
  checklistDays: ChecklistDaySchema,
  plan: PlanItemSchema,
} as const;

export type BackupStore = keyof typeof backupRecordSchemas;
export const backupStores = Object.keys(backupRecordSchemas) as BackupStore[];
export type BackupRecord<S extends BackupStore = BackupStore> = v.InferOutput<
  (typeof backupRecordSchemas)[S]
>;
/** How many records of each store a backup holds; a store it lacks is absent. */
export type BackupContents = Partial<Record<BackupStore, number>>;

export function isBackupStore(name: string): name is BackupStore {
  return Object.hasOwn(backupRecordSchemas, name);
}

const MB = 1024 * 1024;

/** A settings file is a few kilobytes; anything near this is not one. Checked before reading it. */
export const SETTINGS_FILE_MAX_BYTES = 1 * MB;
/**
 * The backup file's limit. Its records are committed in one IndexedDB transaction (all old or all
 * new), which the browser holds in memory and on disk until it commits. The data the extension is
 * built for (100,000 tracked comments at most 2 KB each, a year of posts, drafts of up to 100,000
 * characters) stays well under it; a file beyond it is not ours or would strain the browser.
 */
export const BACKUP_FILE_MAX_BYTES = 200 * MB;
/** Records in one page of a backup or restore message. */
export const PAGE_MAX_RECORDS = 500;
/**
 * Characters of JSON in one page: drafts may hold 100,000 characters each, so a page stops early
 * when it reaches this, far below the 64 MiB a browser message may carry.
 */
export const PAGE_MAX_CHARS = 4 * MB;
/** A broken file lists this many problems at most: the first ones say what is wrong. */
export const MAX_LISTED_PROBLEMS = 20;

/** `1 MB`, `200 MB`, `1.02 MB`: a size as the user reads it beside a limit (three digits at most). */
export function formatSize(bytes: number): string {
  return `${Number((bytes / MB).toPrecision(3))} MB`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with every object's keys sorted: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isPlainObject(item)
      ? Object.fromEntries(
          Object.keys(item)
            .sort()
            .map((key) => [key, item[key]]),
        )
      : item,
  );
}

/** The size in bytes (UTF-8) of a value written as JSON, as a file holding it would be at least. */
export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/** A settings file (or a backup's settings) over SETTINGS_FILE_MAX_BYTES: the limit and the size. */
export function settingsSizeProblem(value: unknown, path = ''): Problem | null {
  const size = jsonBytes(value);
  return size > SETTINGS_FILE_MAX_BYTES
    ? {
        path,
        message: 'errSettingsFileTooLarge',
        expected: formatSize(SETTINGS_FILE_MAX_BYTES),
        received: formatSize(size),
      }
    : null;
}

/** A problem found inside a part of the file, located from the file's root: `stores.posts[3].network`. */
export function located(prefix: string, problem: Problem): Problem {
  if (!problem.path) return { ...problem, path: prefix };
  return { ...problem, path: `${prefix}${problem.path.startsWith('[') ? '' : '.'}${problem.path}` };
}
