import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { DB_VERSION } from '../../src/store/migrations';

/**
 * The extension's IndexedDB as an extension page sees it (same origin as the worker), for the fault
 * tests: they write a state straight into the stores, stop the worker in the middle of a change,
 * and read what is left without going through the worker they just stopped. Each helper is one
 * self-contained page function (extension pages allow no eval).
 */

/** Stops the extension's service worker at once, as the browser may at any moment. */
export async function stopWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/**
 * Waits until the worker has created the database at its current version. Opened by a page first,
 * it would be an empty version 1 without our stores (seen on a busy CI), so an open that would
 * create it is aborted; a worker stopped before it created the database is woken with a ping (its
 * start-up chores open the database) and the check runs again.
 */
export async function databaseReady(page: Page): Promise<void> {
  await page.evaluate(async (version) => {
    const deadline = Date.now() + 30_000;
    const ready = () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('smm-assistant');
        open.onupgradeneeded = () => open.transaction?.abort();
        open.onsuccess = () => {
          const found = open.result.version;
          open.result.close();
          resolve(found >= version);
        };
        open.onerror = () => resolve(false);
      });
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }
    ).chrome.runtime;
    while (!(await ready())) {
      if (Date.now() > deadline) throw new Error(`the extension's database never reached version ${version}`);
      await runtime.sendMessage({ type: 'ping', payload: {} }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, DB_VERSION);
}

/** Replaces what the named stores hold, in one transaction. */
export async function putStores(page: Page, stores: Record<string, unknown[]>): Promise<void> {
  await databaseReady(page);
  return page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('smm-assistant');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(stores), 'readwrite');
    for (const [name, records] of Object.entries(stores)) {
      const store = tx.objectStore(name);
      store.clear();
      for (const record of records) store.put(record);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, stores);
}

export async function getAll<T = unknown>(page: Page, store: string): Promise<T[]> {
  await databaseReady(page);
  return page.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('smm-assistant');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const records = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return records as T[];
  }, store);
}

/**
 * A fingerprint of each named store, read in one transaction: its record count and a SHA-256 of
 * its records' JSON in key order. Two states are compared without carrying megabytes to the test.
 */
export async function fingerprints(page: Page, stores: string[]): Promise<Record<string, string>> {
  await databaseReady(page);
  return page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('smm-assistant');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(stores);
    const all = await Promise.all(
      stores.map(
        (name) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    const out: Record<string, string> = {};
    for (const [index, name] of stores.entries()) {
      const bytes = new TextEncoder().encode(JSON.stringify(all[index]));
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      out[name] = `${all[index].length}:${Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    }
    return out;
  }, stores);
}

/** Sends a request from the page without waiting for its answer (the worker may be stopped first). */
export function fire(page: Page, type: string, payload: unknown): Promise<void> {
  return page.evaluate(
    ([type, payload]) => {
      void chrome.runtime.sendMessage({ type, payload }).catch(() => undefined);
    },
    [type, payload] as const,
  );
}

/** Resolves once a Web Lock of this name is held by some context of the extension (the worker). */
export async function lockHeld(page: Page, name: string): Promise<boolean> {
  return page.evaluate(
    async (name) => ((await navigator.locks.query()).held ?? []).some((lock) => lock.name === name),
    name,
  );
}

/** A SHA-256 of a value's JSON, as `settingsDigest` computes it in the page. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value), 'utf8').digest('hex');
}

/**
 * The settings record and its backups as digests of their values (see `digestOf`), so states of
 * several megabytes are compared without carrying them to the test.
 */
export async function settingsDigest(
  page: Page,
): Promise<{ value: string | null; backups: { reason: string; value: string }[] }> {
  await databaseReady(page);
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('smm-assistant');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['settings', 'settingsBackups']);
    const read = (store: string) =>
      new Promise<{ value: unknown; reason?: string }[]>((resolve, reject) => {
        const request = tx.objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [records, backups] = await Promise.all([read('settings'), read('settingsBackups')]);
    db.close();
    const digest = async (value: unknown) => {
      const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(value)));
      return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
    };
    return {
      value: records[0] ? await digest(records[0].value) : null,
      backups: await Promise.all(
        backups.map(async (b) => ({ reason: b.reason ?? '', value: await digest(b.value) })),
      ),
    };
  });
}
