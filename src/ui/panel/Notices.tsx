import { accountLabelKeys } from '../../shared/account-labels';
import { t } from '../../shared/i18n';
import { formatDateTime } from '../components/format';
import { keepEditorFocus } from './focus';
import type { PanelActions, PanelState } from './state';

interface Props {
  state: PanelState;
  actions: PanelActions;
}

/**
 * Things to know before anything else: a draft to restore, a page that changed, a refused insert,
 * a draft the extension could not save.
 */
export function Notices({ state, actions }: Props) {
  const { restorable, health, insertFailed, draftSaveFailed, accountMissing } = state;
  return (
    <>
      {accountMissing && (
        <p class="notice" data-notice="account-missing" data-network={accountMissing}>
          <button type="button" class="notice__link" data-action="name-account" onClick={actions.nameAccount}>
            {t('panelNameAccount', [t(accountLabelKeys[accountMissing])])}
          </button>
        </p>
      )}
      {restorable && (
        <div class="notice" data-notice="restore-draft">
          <p>{t('panelRestoreOffer', [formatDateTime(restorable.savedAt)])}</p>
          <p class="notice__excerpt">{restorable.text.slice(0, 140)}</p>
          <div class="notice__actions">
            <button
              type="button"
              data-action="restore-draft"
              onMouseDown={keepEditorFocus}
              onClick={actions.restoreDraft}
            >
              {t('panelRestore')}
            </button>
            <button type="button" data-action="dismiss-restore" onClick={actions.dismissRestore}>
              {t('panelDismiss')}
            </button>
          </div>
        </div>
      )}
      {health?.composerMissing && (
        <p class="notice notice--warn" data-notice="page-changed-composer" role="status">
          {t('panelHealthComposer')}
        </p>
      )}
      {health?.commentsMissing && (
        <p class="notice notice--warn" data-notice="page-changed-comments" role="status">
          {t('panelHealthComments')}
        </p>
      )}
      {insertFailed && (
        <p class="notice notice--warn" data-notice="insert-failed" role="status">
          {t('panelInsertFailed', [insertFailed])}
        </p>
      )}
      {draftSaveFailed && (
        <p class="notice notice--warn" data-notice="draft-save-failed" role="status">
          {t('panelDraftSaveFailed')}
        </p>
      )}
    </>
  );
}
