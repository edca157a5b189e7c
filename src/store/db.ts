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

/**
 * The one connection the background uses. A connection that closes (the browser closed it, or a
 * newer version of the database asked for it) is forgotten, and so is an open that failed (a
 * `VersionError` after a rollback, a full disk): the next request tries again instead of failing
 * for the rest of the worker's life.
 */
export function database(): Promise<IDBPDatabase<SmmDatabase>> {
  if (shared) return shared;
  const opening = openDatabase().then(
    (db) => {
      const forget = () => {
        if (shared === opening) shared = undefined;
      };
      db.addEventListener('close', forget);
      // `blocking` above closes the connection, and a closed connection fires no `close` event.
      db.addEventListener('versionchange', forget);
      return db;
    },
    (error: unknown) => {
      if (shared === opening) shared = undefined;
      throw error;
    },
  );
  shared = opening;
  return opening;
}

/** For tests: forget the shared connection (after deleting the database). */
export function resetDatabaseConnection(): void {
  void shared?.then(
    (db) => db.close(),
    () => undefined,
  );
  shared = undefined;
}
