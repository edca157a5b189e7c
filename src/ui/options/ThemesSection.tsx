import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings-schema';
import { type Weekday, weekdays } from '../../shared/weekdays';
import { bySpaces, listFromText, textFromList } from './lists';

interface Props {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

/** Monday first, as calendars in the handbook's countries are. */
const order: Weekday[] = [...weekdays.slice(1), weekdays[0]];

export function ThemesSection({ settings, onChange }: Props) {
  const update = (day: Weekday, patch: Partial<Settings['weekdayThemes'][Weekday]>) =>
    onChange({
      ...settings,
      weekdayThemes: { ...settings.weekdayThemes, [day]: { ...settings.weekdayThemes[day], ...patch } },
    });
  return (
    <fieldset class="section" data-section="themes">
      <legend>{t('optionsThemes')}</legend>
      <p class="muted">{t('optionsThemesHint')}</p>
      {order.map((day) => (
        <div class="theme-row" key={day} data-weekday={day}>
          <label class="field">
            <span>{t('optionsThemeHashtags', [t(`weekday_${day}`)])}</span>
            <input
              name={`themes.${day}.hashtags`}
              value={textFromList(settings.weekdayThemes[day].hashtags, ' ')}
              onInput={(event) =>
                update(day, { hashtags: listFromText(event.currentTarget.value, bySpaces) })
              }
            />
          </label>
          <label class="field">
            <span>{t('optionsThemeIdea', [t(`weekday_${day}`)])}</span>
            <input
              name={`themes.${day}.idea`}
              value={settings.weekdayThemes[day].idea}
              onInput={(event) => update(day, { idea: event.currentTarget.value })}
            />
          </label>
        </div>
      ))}
    </fieldset>
  );
}
