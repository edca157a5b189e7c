import { JSONParser } from '@streamparser/json';
import {
  BACKUP_FILE_MAX_BYTES,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupContents,
  type BackupRecord,
  type BackupStore,
  backupRecordSchemas,
  backupStores,
  formatSize,
  isBackupStore,
  located,
  MAX_LISTED_PROBLEMS,
  PAGE_MAX_CHARS,
  PAGE_MAX_RECORDS,
  settingsSizeProblem,
} from '../../shared/backup-format';
import type { RequestPayload } from '../../shared/protocol';
import { parseSettings } from '../../shared/settings-migrations';
import type { Settings } from '../../shared/settings-schema';
import { type Problem, parseWith } from '../../shared/validation';
import type { Send } from './backup-writer';

export type RestoreOutcome =
  | { ok: true; settings: Settings; contents: BackupContents }
  | { ok: false; problems: Problem[] };

/** The header fields, as the file gives them (checked once all are read). */
interface Header {
  format?: unknown;
  version?: unknown;
  contents?: unknown;
  settings?: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the header says wrong: not our file, from a newer version, or holding something unknown. */
function headerProblems(header: Header, whole: boolean): Problem[] {
  if (header.format !== BACKUP_FORMAT) return [{ path: 'format', message: 'errNotBackupFile' }];
  if (typeof header.version !== 'number' || !Number.isInteger(header.version) || header.version < 1) {
    return [
      { path: 'version', message: 'errUnknownBackupVersion', received: JSON.stringify(header.version) },
    ];
  }
  if (header.version > BACKUP_VERSION) {
    return [{ path: 'version', message: 'errFutureBackup', received: String(header.version) }];
  }
  if (!whole) return [];
  const problems: Problem[] = [];
  if (!isRecord(header.contents)) problems.push({ path: 'contents', message: 'errWrongType' });
  else {
    for (const [store, count] of Object.entries(header.contents)) {
      if (!isBackupStore(store)) problems.push({ path: `contents.${store}`, message: 'errUnknownStore' });
      else if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
        problems.push({ path: `contents.${store}`, message: 'errWrongType' });
      }
    }
  }
  if (header.settings === undefined) problems.push({ path: 'settings', message: 'errRequired' });
  else {
    const tooLarge = settingsSizeProblem(header.settings, 'settings');
    const parsed = tooLarge ? null : parseSettings(header.settings);
    if (tooLarge) problems.push(tooLarge);
    else if (parsed && !parsed.ok) problems.push(...parsed.problems.map((p) => located('settings', p)));
  }
  return problems;
}

/**
 * Restores a full backup. The file is read as a stream and parsed as it comes (a record at a time,
 * never the whole file in memory), every record checked against its store's schema and sent to
 * the background in pages it stages; only when all of it passed, and the counts the file announced
 * all arrived, does `restore.commit` replace the data, in one transaction. On any problem the
 * staging is dropped and nothing has changed. `onProgress` hears how many records were read.
 */
export async function restoreBackup(
  file: Blob,
  ask: Send,
  onProgress: (read: number, total: number) => void = () => {},
): Promise<RestoreOutcome> {
  if (file.size > BACKUP_FILE_MAX_BYTES) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: 'errBackupTooLarge',
          expected: formatSize(BACKUP_FILE_MAX_BYTES),
          received: formatSize(file.size),
        },
      ],
    };
  }
  const header: Header = {};
  const problems: Problem[] = [];
  const seen: Partial<Record<BackupStore, number>> = {};
  let session: string | undefined;
  let seq = 0;
  let pending: { store: BackupStore; records: BackupRecord[]; chars: number } | null = null;
  let queue: { store: string; index: number; record: unknown }[] = [];

  const parser = new JSONParser({
    paths: ['$.format', '$.version', '$.contents', '$.settings', '$.stores.*.*'],
    keepStack: false,
  });
  parser.onError = (error) => {
    if (problems.length < MAX_LISTED_PROBLEMS) {
      problems.push({ path: '', message: 'errNotJson', received: error.message });
    }
  };
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1) header[key as keyof Header] = value;
    else queue.push({ store: String(stack[2]?.key), index: Number(key), record: value });
  };

  const flush = async () => {
    if (!pending || pending.records.length === 0 || problems.length > 0) return;
    session ??= (await ask('restore.begin', {})).session;
    const page = { session, seq: seq++, store: pending.store, records: pending.records };
    await ask('restore.page', page as RequestPayload<'restore.page'>);
    pending = null;
  };

  /** Checks the records the last chunk completed, and stages them while the file has no problem. */
  const take = async () => {
    const taken = queue;
    queue = [];
    for (const { store, index, record } of taken) {
      if (problems.length === 0) problems.push(...headerProblems(header, false));
      if (problems.length >= MAX_LISTED_PROBLEMS) return;
      if (!isBackupStore(store)) {
        problems.push({ path: `stores.${store}`, message: 'errUnknownStore' });
        continue;
      }
      seen[store] = (seen[store] ?? 0) + 1;
      const checked = parseWith(backupRecordSchemas[store], record);
      if (!checked.ok) {
        const where = `stores.${store}[${index}]`;
        problems.push(
          ...checked.problems.slice(0, MAX_LISTED_PROBLEMS - problems.length).map((p) => located(where, p)),
        );
        continue;
      }
      if (problems.length > 0) continue;
      const chars = JSON.stringify(record).length;
      const full =
        pending &&
        (pending.store !== store ||
          pending.records.length >= PAGE_MAX_RECORDS ||
          pending.chars + chars > PAGE_MAX_CHARS);
      if (full) await flush();
      pending ??= { store, records: [], chars: 0 };
      pending.records.push(checked.value);
      pending.chars += chars;
    }
  };

  const total = () =>
    isRecord(header.contents)
      ? Object.values(header.contents).reduce<number>((sum, n) => sum + (typeof n === 'number' ? n : 0), 0)
      : 0;
  const read = () => Object.values(seen).reduce((sum, n) => sum + n, 0);

  try {
    const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      parser.write(chunk.value);
      await take();
      onProgress(read(), Math.max(total(), read()));
      if (problems.length >= MAX_LISTED_PROBLEMS || parser.isEnded) {
        await reader.cancel();
        break;
      }
    }
    if (!parser.isEnded) parser.end();
    await take();
    if (problems.length === 0) problems.push(...headerProblems(header, true));
    if (problems.length === 0) {
      const contents = header.contents as BackupContents;
      for (const store of backupStores) {
        if ((seen[store] ?? 0) !== (contents[store] ?? 0)) {
          problems.push({
            path: `stores.${store}`,
            message: 'errBackupCounts',
            expected: String(contents[store] ?? 0),
            received: String(seen[store] ?? 0),
          });
        }
      }
    }
    if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_LISTED_PROBLEMS) };
    await flush();
    session ??= (await ask('restore.begin', {})).session;
    const result = await ask('restore.commit', {
      session,
      settings: header.settings,
      contents: header.contents as BackupContents,
    });
    session = undefined;
    return result.restored
      ? { ok: true, settings: result.settings, contents: result.contents }
      : { ok: false, problems: result.problems };
  } finally {
    // Whatever stopped the restore before its commit, its staged pages go.
    if (session) await ask('restore.abort', { session }).catch(() => undefined);
  }
}
