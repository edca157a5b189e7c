import { type MessageKey, t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings-schema';
import { Field, numberOf, numberText } from './Field';
import type { SectionProps } from './section';

type NumberKey = 'retentionDays' | 'draftExpiryDays' | 'mastodonCharLimit';

const numbers: { key: NumberKey; label: MessageKey; hint?: MessageKey }[] = [
  { key: 'retentionDays', label: 'optionsRetentionDays', hint: 'optionsRetentionHint' },
  { key: 'draftExpiryDays', label: 'optionsDraftExpiryDays' },
  { key: 'mastodonCharLimit', label: 'optionsMastodonCharLimit' },
];

/** Reminders, the delete guard, and how long data is kept. */
export function GeneralSection({ settings, onChange, problems }: SectionProps) {
  const setNotification = (kind: keyof Settings['notifications'], on: boolean) =>
    onChange({ ...settings, notifications: { ...settings.notifications, [kind]: on } });
  return (
    <fieldset class="section" data-section="general" id="section-general">
      <legend>{t('optionsGeneral')}</legend>
      <fieldset class="subsection">
        <legend>{t('optionsNotifications')}</legend>
        <label class="inline">
          <input
            type="checkbox"
            name="notifications.dueSoon"
            checked={settings.notifications.dueSoon}
            onChange={(e) => setNotification('dueSoon', e.currentTarget.checked)}
          />{' '}
          {t('optionsNotifyDueSoon')}
        </label>
        <label class="inline">
          <input
            type="checkbox"
            name="notifications.overdue"
            checked={settings.notifications.overdue}
            onChange={(e) => setNotification('overdue', e.currentTarget.checked)}
          />{' '}
          {t('optionsNotifyOverdue')}
        </label>
      </fieldset>
      <label class="inline">
        <input
          type="checkbox"
          name="deleteGuard"
          checked={settings.deleteGuard}
          onChange={(e) => onChange({ ...settings, deleteGuard: e.currentTarget.checked })}
        />{' '}
        {t('optionsDeleteGuard')}
      </label>
      <label class="inline">
        <input
          type="checkbox"
          name="debugSelectors"
          checked={settings.debugSelectors}
          onChange={(e) => onChange({ ...settings, debugSelectors: e.currentTarget.checked })}
        />{' '}
        {t('optionsDebugSelectors')}
      </label>
      <div class="grid-3">
        {numbers.map(({ key, label, hint }) => (
          <Field
            key={key}
            label={t(label)}
            path={key}
            problems={problems}
            {...(hint ? { hint: t(hint) } : {})}
          >
            {(a11y) => (
              <input
                {...a11y}
                type="number"
                min={1}
                value={numberText(settings[key])}
                onInput={(e) => onChange({ ...settings, [key]: numberOf(e.currentTarget) })}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
