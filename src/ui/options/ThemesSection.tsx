import { t, uiLanguage } from '../../shared/i18n';
import { ourLanguage } from '../../shared/settings-defaults';
import type { Brand } from '../../shared/settings-schema';
import { type ThemeLanguage, themeLanguages, themesFor, withTagsOf } from '../../shared/theme-sets';
import { type Weekday, weekdays } from '../../shared/weekdays';
import { Field } from './Field';
import { ListText } from './ListText';
import type { BrandSectionProps } from './section';

/** Monday first, as calendars in the handbook's countries are. */
const order: Weekday[] = [...weekdays.slice(1), weekdays[0]];

/** Each set named in its own language, as a French user looks for « Français ». */
const setNames: Record<ThemeLanguage, string> = { en: 'English', fr: 'Français', ru: 'Русский' };

/**
 * The handbook's "a theme per weekday, as hashtags", with a one-line idea. "Restore" brings back the
 * set of the brand's language; the other sets can be mixed in (a French brand may want #TBT too).
 */
export function ThemesSection({ settings, onChange, problems }: BrandSectionProps) {
  const language = settings.language ?? ourLanguage(uiLanguage()) ?? 'en';
  const update = (day: Weekday, patch: Partial<Brand['weekdayThemes'][Weekday]>) =>
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
      <div class="row__actions">
        <button
          type="button"
          data-action="restore-themes"
          onClick={() => onChange({ ...settings, weekdayThemes: themesFor(language) })}
        >
          {t('optionsRestoreThemes')}
        </button>
        {themeLanguages
          .filter((other) => other !== language)
          .map((other) => (
            <button
              key={other}
              type="button"
              data-action="add-theme-set"
              data-set={other}
              onClick={() =>
                onChange({ ...settings, weekdayThemes: withTagsOf(settings.weekdayThemes, other) })
              }
            >
              {t('optionsAddThemeSet', [setNames[other]])}
            </button>
          ))}
      </div>
    </fieldset>
  );
}
