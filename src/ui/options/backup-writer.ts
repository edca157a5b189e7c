import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupContents,
  backupRecordSchemas,
  backupStores,
  canonicalJson,
  located,
  MAX_LISTED_PROBLEMS,
  PAGE_MAX_RECORDS,
} from '../../shared/backup-format';
import type { send } from '../../shared/messaging';
import { type Problem, parseWith } from '../../shared/validation';

/** How the options page asks the background (the real `send`, or a test's). */
export type Send = typeof send;

export interface WrittenBackup {
  blob: Blob;
  filename: string;
  contents: Required<BackupContents>;
  /** Records that would not pass a restore's checks (they are in the file all the same). */
  problems: Problem[];
}

/**
 * Writes the full backup (shared/backup-format.ts) from pages the background sends one at a time,
 * into a Blob made of one part per page: no message carries everything, and the browser may keep
 * a large file's parts on disk. `onProgress` hears how many records are written, of how many.
 */
export async function writeBackup(
  ask: Send,
  now: number,
  onProgress: (written: number, total: number) => void = () => {},
): Promise<WrittenBackup> {
  const summary = await ask('backup.summary', {});
  const total = Object.values(summary.contents).reduce((sum, count) => sum + count, 0);
  const contents = Object.fromEntries(backupStores.map((store) => [store, 0])) as Required<BackupContents>;
  const problems: Problem[] = [];
  const body: BlobPart[] = ['  "stores": {\n'];
  let written = 0;
  for (const [index, store] of backupStores.entries()) {
    body.push(`    ${JSON.stringify(store)}: [`);
    let after: string | undefined;
    do {
      const page = await ask('backup.page', {
        store,
        limit: PAGE_MAX_RECORDS,
        ...(after === undefined ? {} : { after }),
      });
      let text = '';
      for (const record of page.records) {
        const checked = parseWith(backupRecordSchemas[store], record);
        if (!checked.ok && problems.length < MAX_LISTED_PROBLEMS) {
          const where = `stores.${store}[${contents[store]}]`;
          problems.push(
            ...checked.problems.slice(0, MAX_LISTED_PROBLEMS - problems.length).map((p) => located(where, p)),
          );
        }
        text += `${contents[store] > 0 ? ',' : ''}\n      ${canonicalJson(record)}`;
        contents[store] += 1;
      }
      body.push(new Blob([text]));
      written += page.records.length;
      onProgress(written, Math.max(total, written));
      after = page.next ?? undefined;
    } while (after !== undefined);
    body.push(`${contents[store] > 0 ? '\n    ' : ''}]${index < backupStores.length - 1 ? ',' : ''}\n`);
  }
  body.push('  }\n}\n');
  const exportedAt = new Date(now).toISOString();
  // The header goes first but is written last: only now are the counts known.
  const header =
    '{\n' +
    `  "format": ${JSON.stringify(BACKUP_FORMAT)},\n` +
    `  "version": ${BACKUP_VERSION},\n` +
    `  "exportedAt": ${JSON.stringify(exportedAt)},\n` +
    `  "contents": ${canonicalJson(contents)},\n` +
    `  "settings": ${canonicalJson(summary.settings)},\n`;
  return {
    blob: new Blob([header, ...body], { type: 'application/json' }),
    filename: `smm-assistant-backup-${exportedAt.slice(0, 10)}.json`,
    contents,
    problems,
  };
}
