import {
  type BackupContents,
  type BackupRecord,
  type BackupStore,
  backupStores,
  PAGE_MAX_CHARS,
  PAGE_MAX_RECORDS,
} from '../shared/backup-format';
import type { Settings } from '../shared/settings-schema';
import type { Parsed, Problem } from '../shared/validation';
import { database } from './db';
import type { StagedRestore } from './schema';
import { backUp, type SettingsTransaction } from './settings-backups';

/**
 * The full backup's pages out of the stores, and a restore's pages into them. A restore is staged
 * page by page in `restoreStaging` (in the database, so a worker stopped between two pages loses
 * none of them), and only its commit touches the user's data: one transaction replaces the
 * settings and every store the backup holds, so afterwards the data is all old or all new.
 */

/** How many records each store holds now. */
export async function storeCounts(): Promise<Required<BackupContents>> {
  const db = await database();
  const counts = await Promise.all(backupStores.map((store) => db.count(store)));
  return Object.fromEntries(
    backupStores.map((store, index) => [store, counts[index]]),
  ) as Required<BackupContents>;
}

/**
 * One page of a store's records in key order, starting after the key `after`. A page stops at
 * `limit` records or PAGE_MAX_CHARS of JSON, whichever comes first (one record at least); `next`
 * is the key to continue after, null once the store is done.
 */
export async function recordsPage(
  store: BackupStore,
  after: string | undefined,
  limit = PAGE_MAX_RECORDS,
): Promise<{ records: BackupRecord[]; next: string | null }> {
  const db = await database();
  const tx = db.transaction(store);
  const keyPath = tx.store.keyPath as string;
  const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
  // One more than asked says whether the store goes on.
  const found = (await tx.store.getAll(range, limit + 1)) as BackupRecord[];
  const records: BackupRecord[] = [];
  let chars = 0;
  for (const record of found.slice(0, limit)) {
    chars += JSON.stringify(record).length;
    if (records.length > 0 && chars > PAGE_MAX_CHARS) break;
    records.push(record);
  }
  const more = records.length < found.length;
  const last = records.at(-1) as Record<string, unknown> | undefined;
  return { records, next: more && last ? String(last[keyPath]) : null };
}

/** A restore's staging is gone (another restore began, or it was cancelled): nothing changes. */
export class RestoreGoneError extends Error {
  override name = 'RestoreGoneError';
}

const HEADER = -1;
const sessionRange = (session: string) => IDBKeyRange.bound([session, HEADER], [session, Infinity]);

/** Opens a restore; any earlier one left unfinished (its page closed mid-way) is dropped. */
export async function beginRestore(now: number): Promise<string> {
  const session = crypto.randomUUID();
  const db = await database();
  const tx = db.transaction('restoreStaging', 'readwrite');
  await tx.store.clear();
  const header: StagedRestore = { session, seq: HEADER, store: null, records: [], stagedAt: now, counts: {} };
  await tx.store.put(header);
  await tx.done;
  return session;
}

/** Stages one page of records (checked against their store's schema where they were received). */
export async function stageRestorePage(
  session: string,
  seq: number,
  store: BackupStore,
  records: BackupRecord[],
  now: number,
): Promise<number> {
  const db = await database();
  const tx = db.transaction('restoreStaging', 'readwrite');
  const header = (await tx.store.get([session, HEADER])) as StagedRestore | undefined;
  if (!header) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new RestoreGoneError('errRestoreGone');
  }
  const counts = { ...header.counts, [store]: { ...header.counts?.[store], [seq]: records.length } };
  await tx.store.put({ ...header, counts });
  await tx.store.put({ session, seq, store, records, stagedAt: now });
  await tx.done;
  return records.length;
}

export async function abortRestore(session: string): Promise<void> {
  await (await database()).delete('restoreStaging', sessionRange(session));
}

/** Where the staged counts differ from what the file said it holds; none when all arrived. */
function missingRecords(header: StagedRestore, contents: BackupContents): Problem[] {
  const problems: Problem[] = [];
  for (const store of backupStores) {
    const staged = Object.values(header.counts?.[store] ?? {}).reduce((sum, count) => sum + count, 0);
    const expected = contents[store];
    if (expected === undefined ? staged > 0 : staged !== expected) {
      problems.push({
        path: `stores.${store}`,
        message: 'errRestoreIncomplete',
        expected: String(expected ?? 0),
        received: String(staged),
      });
    }
  }
  return problems;
}

/**
 * A comment from a backup written before comments carried their brand belongs to the restored
 * settings' active brand, as the database's own upgrade (version 6) decided for those it held:
 * without a brand, no badge, panel or popup would ever count it.
 */
function withBrand(store: string, record: unknown, settings: Settings): unknown {
  if (store !== 'comments' || typeof record !== 'object' || record === null) return record;
  const comment = record as { brandId?: unknown };
  return typeof comment.brandId === 'string' && comment.brandId
    ? record
    : { ...record, brandId: settings.activeBrandId };
}

/**
 * Replaces the settings and every store named in `contents` by what the session staged, in one
 * transaction; the settings replaced are kept as a backup ('restore'). Refused, with nothing
 * changed, when the session is gone or its records don't add up to `contents`.
 */
export async function commitRestore(
  session: string,
  settings: Settings,
  contents: BackupContents,
  now: number,
): Promise<Parsed<BackupContents>> {
  const stores = backupStores.filter((store) => contents[store] !== undefined);
  const db = await database();
  const tx = db.transaction(['restoreStaging', 'settings', 'settingsBackups', ...stores], 'readwrite');
  const staging = tx.objectStore('restoreStaging');
  const header = (await staging.get([session, HEADER])) as StagedRestore | undefined;
  const problems = header
    ? missingRecords(header, contents)
    : [{ path: '', message: 'errRestoreGone' } satisfies Problem];
  if (problems.length > 0) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return { ok: false, problems };
  }
  for (const store of stores) await tx.objectStore(store).clear();
  for (
    let cursor = await staging.openCursor(IDBKeyRange.bound([session, 0], [session, Infinity]));
    cursor;
    cursor = await cursor.continue()
  ) {
    const page = cursor.value;
    if (!page.store) continue;
    const target = tx.objectStore(page.store);
    for (const record of page.records) await target.put(withBrand(page.store, record, settings) as never);
  }
  const current = await tx.objectStore('settings').get('current');
  if (current) await backUp(tx as unknown as SettingsTransaction, current, 'restore', now);
  await tx.objectStore('settings').put({ id: 'current', value: settings, savedAt: now });
  await staging.delete(sessionRange(session));
  await tx.done;
  return { ok: true, value: Object.fromEntries(stores.map((store) => [store, contents[store]])) };
}
