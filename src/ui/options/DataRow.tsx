import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import type { Problem } from '../../shared/validation';
import { downloadText } from '../components/download';

interface Props {
  kind: 'posts' | 'comments';
  onStatus: (text: string) => void;
  onProblems: (title: string, problems: Problem[]) => void;
}

const names = { posts: 'optionsDataPosts', comments: 'optionsDataComments' } as const;

/** Export one kind of data as JSON or CSV, or clear it (after a second, explicit click). */
export function DataRow({ kind, onStatus, onProblems }: Props) {
  const [confirming, setConfirming] = useState(false);
  const name = t(names[kind]);
  const failed = (error: unknown) =>
    onProblems(name, [{ path: kind, message: error instanceof Error ? error.message : String(error) }]);

  const exportAs = async (format: 'json' | 'csv') => {
    try {
      const file = await send('data.export', { kind, format });
      downloadText(file.filename, file.mime, file.text);
      onStatus(t('optionsDataExported', [file.count]));
    } catch (error) {
      failed(error);
    }
  };
  const clear = async () => {
    setConfirming(false);
    try {
      const { removed } = await send('data.clear', { kind });
      onStatus(t('optionsDataCleared', [removed]));
    } catch (error) {
      failed(error);
    }
  };

  return (
    <div class="data-row" data-kind={kind}>
      <span class="data-row__name">{name}</span>
      <button type="button" data-action={`export-${kind}-json`} onClick={() => void exportAs('json')}>
        {t('optionsExportJson', [name])}
      </button>
      <button type="button" data-action={`export-${kind}-csv`} onClick={() => void exportAs('csv')}>
        {t('optionsExportCsv', [name])}
      </button>
      {confirming ? (
        <>
          <button
            type="button"
            class="danger"
            data-action={`confirm-clear-${kind}`}
            onClick={() => void clear()}
          >
            {t('optionsClearConfirm', [name])}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('optionsCancel')}
          </button>
        </>
      ) : (
        <button type="button" data-action={`clear-${kind}`} onClick={() => setConfirming(true)}>
          {t('optionsClear', [name])}
        </button>
      )}
    </div>
  );
}
