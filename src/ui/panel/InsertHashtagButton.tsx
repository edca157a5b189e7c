import { t } from '../../shared/i18n';
import { keepEditorFocus } from './focus';

/** The one-click insert of a suggested hashtag (docs/ARCHITECTURE.md contract: data-action, data-hashtag). */
export function InsertHashtagButton({
  hashtag,
  onInsert,
}: {
  hashtag: string;
  onInsert: (hashtag: string) => void;
}) {
  return (
    <button
      type="button"
      data-action="insert-hashtag"
      onMouseDown={keepEditorFocus}
      data-hashtag={hashtag}
      aria-label={t('panelInsertHashtagLabel', [hashtag])}
      onClick={() => onInsert(hashtag)}
    >
      {t('panelInsert')}
    </button>
  );
}
