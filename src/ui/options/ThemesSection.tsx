import { t } from '../../shared/i18n';
import { defaultSettings } from '../../shared/settings-defaults';
import type { Settings } from '../../shared/settings-schema';
import { type Weekday, weekdays } from '../../shared/weekdays';
import { Field } from './Field';
import { ListText } from './ListText';
import type { SectionProps } from './section';

/** Monday first, as calendars in the handbook's countries are. */
const order: Weekday[] = [...weekdays.slice(1), weekdays[0]];

/** The handbook's "a theme per weekday, as hashtags", with a one-line idea; defaults restorable. */
export function ThemesSection({ settings, onChange, problems }: SectionProps) {
  const update = (day: Weekday, patch: Partial<Settings['weekdayThemes'][Weekday]>) =>
    onChange({
      ...settings,
      weekdayThemes: { ...settings.weekdayThemes, [day]: { ...settings.weekdayThemes[day], ...patch } },
    });
  return (
    <fieldset class="section" data-section="themes" id="section-themes">
      <legend>{t('optionsThemes')}</legend>
      <p class="muted">{t('optionsThemesHint')}</p>
      {order.map((day) => (
        <div class="grid-2" key={day} data-weekday={day}>
          <Field
            label={t('optionsThemeHashtags', [t(`weekday_${day}`)])}
            path={`weekdayThemes.${day}.hashtags`}
            problems={problems}
          >
            {(a11y) => (
              <ListText
                a11y={a11y}
                inline
                list={settings.weekdayThemes[day].hashtags}
                onList={(hashtags) => update(day, { hashtags })}
              />
            )}
          </Field>
          <Field
            label={t('optionsThemeIdea', [t(`weekday_${day}`)])}
            path={`weekdayThemes.${day}.idea`}
            problems={problems}
          >
            {(a11y) => (
              <input
                {...a11y}
                value={settings.weekdayThemes[day].idea}
                onInput={(event) => update(day, { idea: event.currentTarget.value })}
              />
            )}
          </Field>
        </div>
      ))}
      <button
        type="button"
        data-action="restore-themes"
        onClick={() => onChange({ ...settings, weekdayThemes: defaultSettings().weekdayThemes })}
      >
        {t('optionsRestoreThemes')}
      </button>
    </fieldset>
  );
}
