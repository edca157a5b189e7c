import { useState } from 'preact/hooks';
import { messageOrText, t, uiLanguage } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import type {
  SettingsBackupReason,
  SettingsBackupSummary,
  SettingsFix,
  SettingsProblem,
} from '../../shared/protocol';
import type { Settings } from '../../shared/settings-schema';
import type { Problem } from '../../shared/validation';
import { useRequest } from '../components/useRequest';
import { ProblemList } from './ProblemList';

interface Props {
  /** A choice was saved: these are the settings now. */
  onResolved: (settings: Settings, status: string) => void;
}

type Choice = { choice: 'repair' } | { choice: 'reset' } | { choice: 'restore'; backupId: string };

const done: Record<Choice['choice'], () => string> = {
  repair: () => t('optionsRepaired'),
  restore: () => t('optionsRestored'),
  reset: () => t('optionsWasReset'),
};

const fixes: Record<SettingsFix, () => string> = {
  default: () => t('optionsDamageFix_default'),
  removed: () => t('optionsDamageFix_removed'),
  dropped: () => t('optionsDamageFix_dropped'),
};

const reasons: Record<SettingsBackupReason, () => string> = {
  migration: () => t('optionsBackupReason_migration'),
  import: () => t('optionsBackupReason_import'),
  restore: () => t('optionsBackupReason_restore'),
  reset: () => t('optionsBackupReason_reset'),
  damaged: () => t('optionsBackupReason_damaged'),
};

/**
 * Shown only when the stored settings failed validation: what is wrong, where, and what repair
 * would do about each problem; then the user's choice of repair, a backup, or the defaults. Until
 * then the background saves nothing over the record, and the rest of the page shows the repaired
 * reading, so it stays readable.
 */
export function DamageSection({ onResolved }: Props) {
  const [health, reload] = useRequest('settings.health', {});
  const [confirmingReset, setConfirmingReset] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Problem[]>([]);

  if (health.state !== 'ready' || !health.data.damaged) return null;
  const { damaged } = health.data;
  const restorable = health.data.backups.filter((backup) => backup.restorable);

  const choose = async (choice: Choice) => {
    if (busy) return;
    setBusy(true);
    setConfirmingReset(false);
    try {
      const result = await send('settings.resolve', choice);
      if (result.saved) {
        setFailure([]);
        onResolved(result.settings, done[choice.choice]());
        reload();
      } else {
        setFailure(result.problems);
      }
    } catch (error) {
      setFailure([{ path: '', message: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="section damage" data-section="damage" role="alert" aria-labelledby="damage-title">
      <h2 id="damage-title">{t('optionsDamageTitle')}</h2>
      <p>
        {damaged.newer
          ? t('optionsDamageNewer', [String(damaged.version ?? '?')])
          : t('optionsDamageExplain')}
      </p>
      <ul class="problems" data-role="damage-problems">
        {damaged.problems.map((problem, index) => (
          <DamageLine key={`${problem.path}:${problem.message}:${index}`} problem={problem} />
        ))}
      </ul>
      <div class="row">
        {!damaged.newer && (
          <button
            type="button"
            class="primary"
            data-action="repair-settings"
            aria-disabled={busy}
            onClick={() => void choose({ choice: 'repair' })}
          >
            {t('optionsRepairSettings')}
          </button>
        )}
        {confirmingReset ? (
          <>
            <button
              type="button"
              class="danger"
              data-action="confirm-reset-settings"
              onClick={() => void choose({ choice: 'reset' })}
            >
              {t('optionsResetConfirm')}
            </button>
            <button type="button" onClick={() => setConfirmingReset(false)}>
              {t('optionsCancel')}
            </button>
          </>
        ) : (
          <button type="button" data-action="reset-settings" onClick={() => setConfirmingReset(true)}>
            {t('optionsResetSettings')}
          </button>
        )}
      </div>
      <h3>{t('optionsRestoreTitle')}</h3>
      {restorable.length === 0 ? (
        <p class="muted">{t('optionsNoBackups')}</p>
      ) : (
        <ul class="backups">
          {restorable.map((backup) => (
            <BackupLine
              key={backup.id}
              backup={backup}
              onRestore={() => void choose({ choice: 'restore', backupId: backup.id })}
            />
          ))}
        </ul>
      )}
      {failure.length > 0 && (
        <>
          <p class="options__errors-title">{t('optionsResolveFailed')}</p>
          <ProblemList problems={failure} />
        </>
      )}
    </section>
  );
}

/** `brands[0].ownDomains[1]: not a domain — repair removes this item from its list`. */
function DamageLine({ problem }: { problem: SettingsProblem }) {
  return (
    <li data-path={problem.path}>
      {problem.path ? <code>{problem.path}</code> : null}
      {problem.path ? ': ' : ''}
      {messageOrText(problem.message)}
      {problem.message === 'errFutureVersion' && problem.received ? ` (${problem.received})` : ''}
      {problem.fix ? ` — ${fixes[problem.fix]()}` : ''}
    </li>
  );
}

function BackupLine({ backup, onRestore }: { backup: SettingsBackupSummary; onRestore: () => void }) {
  const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    backup.takenAt,
  );
  return (
    <li data-backup={backup.id}>
      <time dateTime={new Date(backup.takenAt).toISOString()}>{when}</time>
      {` — ${reasons[backup.reason]()} `}
      <button type="button" data-action="restore-backup" onClick={onRestore}>
        {t('optionsRestoreBackup', [when])}
      </button>
    </li>
  );
}
