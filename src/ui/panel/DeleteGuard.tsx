import { t } from '../../shared/i18n';
import type { PanelState } from './state';

/**
 * The handbook never deletes a negative comment: reply instead, hide only spam. The reminder holds
 * the page's delete action until the user chooses; "Delete anyway" lets it through, unchanged.
 */
export function DeleteGuard({ guard }: { guard: NonNullable<PanelState['deleteGuard']> }) {
  return (
    <div
      class="notice notice--warn"
      role="alertdialog"
      aria-labelledby="smm-delete-guard"
      data-notice="delete-guard"
    >
      <p id="smm-delete-guard">{t('panelDeleteGuard')}</p>
      <div class="notice__actions">
        <button type="button" data-action="cancel-delete" onClick={guard.cancel}>
          {t('panelDeleteCancel')}
        </button>
        <button type="button" data-action="delete-anyway" onClick={guard.proceed}>
          {t('panelDeleteAnyway')}
        </button>
      </div>
    </div>
  );
}
