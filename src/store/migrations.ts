import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { SmmDatabase, StoreName } from './schema';

type UpgradeTransaction = IDBPTransaction<SmmDatabase, StoreName[], 'versionchange'>;

/**
 * One step per database version, run in order from the version on disk to the newest. A step never
 * changes once released: later needs get a new step, so a database from any earlier version
 * arrives at the same shape with its data.
 */
export const migrations: ((db: IDBPDatabase<SmmDatabase>, tx: UpgradeTransaction) => void)[] = [
  // 1: settings, the publishing log, tracked comments.
  (db) => {
    db.createObjectStore('settings', { keyPath: 'id' });
    const posts = db.createObjectStore('posts', { keyPath: 'id' });
    posts.createIndex('byTime', 'publishedAt');
    posts.createIndex('byNetworkTime', ['network', 'publishedAt']);
    const comments = db.createObjectStore('comments', { keyPath: 'id' });
    comments.createIndex('byStatusDue', ['status', 'dueAt']);
    comments.createIndex('byNetworkStatus', ['network', 'status']);
    comments.createIndex('byPage', 'pageUrl');
  },
  // 2: checklist ticks, draft autosaves, UI preferences; closed comments by when they closed
  // (retention pruning and answer-time statistics read that range).
  (db, tx) => {
    db.createObjectStore('checklistDays', { keyPath: 'day' });
    db.createObjectStore('drafts', { keyPath: 'key' }).createIndex('bySavedAt', 'savedAt');
    db.createObjectStore('prefs', { keyPath: 'key' });
    tx.objectStore('comments').createIndex('byStatusChanged', ['status', 'statusChangedAt']);
  },
  // 3: copies of the settings record, taken before a migration, an import, a restore or a reset,
  // and of a record that stopped passing validation; newest first by when they were taken.
  (db) => {
    db.createObjectStore('settingsBackups', { keyPath: 'id' }).createIndex('byTakenAt', 'takenAt');
  },
  // 4: the pages of a restore in progress, by session and place in the file, until they are
  // committed all at once (a restore replaces everything, or nothing).
  (db) => {
    db.createObjectStore('restoreStaging', { keyPath: ['session', 'seq'] });
  },
  // 5: ideas and drafts pinned to a day and network of a brand's week, read a week at a time.
  (db) => {
    db.createObjectStore('plan', { keyPath: 'id' }).createIndex('byBrandDay', ['brandId', 'day']);
  },
  // 6: comments by brand (each brand's badge, popup and panel count its own). Comments tracked
  // before brands were told apart belong to the brand that was active: stamped here, so the index
  // holds every record.
  (_db, tx) => {
    const comments = tx.objectStore('comments');
    comments.createIndex('byBrandStatusDue', ['brandId', 'status', 'dueAt']);
    void (async () => {
      const stored = await tx.objectStore('settings').get('current');
      const brandId = activeBrandIdOf(stored?.value);
      for (let cursor = await comments.openCursor(); cursor; cursor = await cursor.continue()) {
        if (!cursor.value.brandId) await cursor.update({ ...cursor.value, brandId });
      }
    })();
  },
];

/** The active brand of a stored settings record of any version; the first brand's default id otherwise. */
function activeBrandIdOf(settings: unknown): string {
  const record = (settings ?? {}) as { activeBrandId?: unknown; brands?: { id?: unknown }[] };
  if (typeof record.activeBrandId === 'string' && record.activeBrandId) return record.activeBrandId;
  const first = Array.isArray(record.brands) ? record.brands[0]?.id : undefined;
  return typeof first === 'string' && first ? first : 'brand-1';
}

export const DB_VERSION = migrations.length;
