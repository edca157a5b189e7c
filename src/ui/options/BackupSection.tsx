import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import type { Settings } from '../../shared/settings-schema';
import type { Problem } from '../../shared/validation';
import { restoreBackup } from './backup-reader';
import { writeBackup } from './backup-writer';

interface Props {
  onRestored: (settings: Settings) => void;
  onProblems: (title: string, problems: Problem[]) => void;
  onStatus: (text: string) => void;
}

/** Saves a Blob through the browser's download; the URL outlives the click long enough for a big file. */
function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const failure = (error: unknown): Problem[] => [
  { path: '', message: error instanceof Error ? error.message : String(error) },
];

/**
 * Everything in one file, and back: the settings, the publishing log, the tracked comments, the
 * saved drafts and the checklist. Written and read in pages (backup-writer.ts, backup-reader.ts);
 * a restore replaces everything the file holds, after the user confirms, or changes nothing.
 */
export function BackupSection({ onRestored, onProblems, onStatus }: Props) {
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<File | null>(null);

  const backUp = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const backup = await writeBackup(send, Date.now(), (written, total) =>
        onStatus(t('optionsBackupProgress', [written, total])),
      );
      downloadBlob(backup.filename, backup.blob);
      const count = Object.values(backup.contents).reduce((sum, n) => sum + n, 0);
      onProblems(t('optionsBackupRefusable'), backup.problems);
      onStatus(t('optionsBackedUp', [count]));
    } catch (error) {
      onProblems(t('optionsBackupFailed'), failure(error));
      onStatus('');
    } finally {
      setBusy(false);
    }
  };

  const restore = async (file: File) => {
    setChosen(null);
    if (busy) return;
    setBusy(true);
    const title = t('optionsRestoreFailed', [file.name]);
    try {
      const outcome = await restoreBackup(file, send, (read, total) =>
        onStatus(t('optionsRestoreProgress', [read, total])),
      );
      if (!outcome.ok) {
        onProblems(title, outcome.problems);
        onStatus('');
        return;
      }
      onProblems('', []);
      onRestored(outcome.settings);
      const count = Object.values(outcome.contents).reduce((sum, n) => sum + (n ?? 0), 0);
      onStatus(t('optionsRestoredRecords', [count]));
    } catch (error) {
      onProblems(title, failure(error));
      onStatus('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="backup" data-section="backup" aria-busy={busy}>
      <h3>{t('optionsBackup')}</h3>
      <p class="muted">{t('optionsBackupHint')}</p>
      <div class="row">
        <button
          type="button"
          data-action="backup-everything"
          aria-disabled={busy}
          onClick={() => void backUp()}
        >
          {t('optionsBackupEverything')}
        </button>
        <div class="field">
          <label for="restore-backup">{t('optionsRestoreFile')}</label>
          <input
            id="restore-backup"
            type="file"
            accept=".json,application/json"
            data-action="restore-backup"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              setChosen(input.files?.[0] ?? null);
              input.value = '';
            }}
          />
        </div>
      </div>
      {chosen && (
        <fieldset class="backup__confirm">
          <legend>{t('optionsRestoreWarning', [chosen.name])}</legend>
          <button
            type="button"
            class="danger"
            data-action="confirm-restore"
            onClick={() => void restore(chosen)}
          >
            {t('optionsRestoreConfirm')}
          </button>
          <button type="button" onClick={() => setChosen(null)}>
            {t('optionsCancel')}
          </button>
        </fieldset>
      )}
    </div>
  );
}
