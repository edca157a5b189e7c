import { type IDBPDatabase, openDB } from 'idb';
import { DB_VERSION, migrations } from './migrations';
import type { SmmDatabase } from './schema';

export const DB_NAME = 'smm-assistant';

/**
 * Opens the extension's database, upgrading it step by step. Only the background opens it: in a
 * content script `indexedDB` is the host page's database, not ours.
 */
export function openDatabase(name = DB_NAME, version = DB_VERSION): Promise<IDBPDatabase<SmmDatabase>> {
  return openDB<SmmDatabase>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let step = oldVersion; step < (newVersion ?? version); step++) migrations[step](db, tx);
    },
    blocking(_current, _blocked, event) {
      // A newer version of the extension wants the database: let it have it.
      (event.target as IDBDatabase).close();
    },
  });
}

let shared: Promise<IDBPDatabase<SmmDatabase>> | undefined;

/** The one connection the background uses; reopened if the browser closed it. */
export function database(): Promise<IDBPDatabase<SmmDatabase>> {
  shared ??= openDatabase().then((db) => {
    db.addEventListener('close', () => {
      shared = undefined;
    });
    return db;
  });
  return shared;
}

/** For tests: forget the shared connection (after deleting the database). */
export function resetDatabaseConnection(): void {
  void shared?.then((db) => db.close());
  shared = undefined;
}
