import { formatSize, SETTINGS_FILE_MAX_BYTES } from '../../shared/backup-format';
import { t } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import { settingsFile } from '../../shared/settings-migrations';
import type { Settings } from '../../shared/settings-schema';
import type { Problem } from '../../shared/validation';
import { downloadText } from '../components/download';
import { BackupSection } from './BackupSection';
import { DataRow } from './DataRow';

interface Props {
  onImported: (settings: Settings) => void;
  onProblems: (title: string, problems: Problem[]) => void;
  onStatus: (text: string) => void;
}

/**
 * Settings as a versioned JSON file, out and back in. An import is checked (and migrated from an
 * older version) by the background, which saves it whole or not at all; a file over 1 MB is not
 * read. Then the full backup of everything, and each kind of data as JSON or CSV.
 */
export function TransferSection({ onImported, onProblems, onStatus }: Props) {
  const exportSettings = async () => {
    const settings = await send('settings.get', {});
    const now = Date.now();
    const file = settingsFile(settings, now);
    downloadText(
      `smm-assistant-settings-${new Date(now).toISOString().slice(0, 10)}.json`,
      'application/json',
      `${JSON.stringify(file, null, 2)}\n`,
    );
    onStatus(t('optionsExported'));
  };

  const importSettings = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const title = t('optionsImportFailed', [file.name]);
    // Told from its size alone, before reading it: a file this large is not a settings file.
    if (file.size > SETTINGS_FILE_MAX_BYTES) {
      onProblems(title, [
        {
          path: '',
          message: 'errSettingsFileTooLarge',
          expected: formatSize(SETTINGS_FILE_MAX_BYTES),
          received: formatSize(file.size),
        },
      ]);
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch (error) {
      onProblems(title, [
        { path: '', message: 'errNotJson', received: error instanceof Error ? error.message : String(error) },
      ]);
      return;
    }
    try {
      const result = await send('settings.import', { file: parsed });
      if (!result.saved) {
        onProblems(title, result.problems);
        return;
      }
      onProblems('', []);
      onImported(result.settings);
      onStatus(t('optionsImported'));
    } catch (error) {
      onProblems(title, [{ path: '', message: error instanceof Error ? error.message : String(error) }]);
    }
  };

  return (
    <section class="section" data-section="transfer" id="section-transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('optionsTransfer')}</h2>
      <div class="row">
        <button type="button" data-action="export-settings" onClick={() => void exportSettings()}>
          {t('optionsExportSettings')}
        </button>
        <div class="field">
          <label for="import-settings">{t('optionsImportSettings')}</label>
          <input
            id="import-settings"
            type="file"
            accept=".json,application/json"
            data-action="import-settings"
            onChange={(event) => void importSettings(event.currentTarget)}
          />
        </div>
      </div>
      <p class="muted">{t('optionsImportHint')}</p>
      <BackupSection onRestored={onImported} onProblems={onProblems} onStatus={onStatus} />
      <h3>{t('optionsData')}</h3>
      <DataRow kind="posts" onStatus={onStatus} onProblems={onProblems} />
      <DataRow kind="comments" onStatus={onStatus} onProblems={onProblems} />
    </section>
  );
}
