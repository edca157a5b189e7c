import { messageOrText, t } from '../../shared/i18n';
import type { Brand } from '../../shared/settings-schema';
import { resolveZone } from '../../shared/time';
import { weekdays } from '../../shared/weekdays';
import { Field, numberOf, numberText } from './Field';
import { idFor, problemsAt } from './problems';
import type { BrandSectionProps } from './section';

/** Monday first; values are `Date.getDay()` numbers as settings store them. */
const dayOrder = [1, 2, 3, 4, 5, 6, 0];

function zones(): string[] {
  const intl = Intl as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? [];
}

/** Business hours (answer deadlines count only these) and the answer deadline itself. */
export function HoursSection({ settings, onChange, problems }: BrandSectionProps) {
  const hours = settings.businessHours;
  const update = (patch: Partial<Brand['businessHours']>) =>
    onChange({ ...settings, businessHours: { ...hours, ...patch } });
  const toggleDay = (day: number, on: boolean) =>
    update({ days: (on ? [...hours.days, day] : hours.days.filter((d) => d !== day)).sort() });
  const rangeProblems = problemsAt(problems, 'businessHours').filter((p) => p.path === 'businessHours');
  return (
    <fieldset class="section" data-section="hours" id="section-hours">
      <legend>{t('optionsHours')}</legend>
      <fieldset class="subsection days">
        <legend>{t('optionsBusinessDays')}</legend>
        {dayOrder.map((day) => (
          <label key={day} class="inline">
            <input
              type="checkbox"
              name={`businessHours.days.${day}`}
              checked={hours.days.includes(day)}
              onChange={(event) => toggleDay(day, event.currentTarget.checked)}
            />{' '}
            {t(`weekday_${weekdays[day]}`)}
          </label>
        ))}
      </fieldset>
      <div class="grid-3">
        <Field label={t('optionsOpens')} path="businessHours.open" problems={problems}>
          {(a11y) => (
            <input
              {...a11y}
              type="time"
              value={hours.open}
              onInput={(event) => update({ open: event.currentTarget.value })}
            />
          )}
        </Field>
        <Field label={t('optionsCloses')} path="businessHours.close" problems={problems}>
          {(a11y) => (
            <input
              {...a11y}
              type="time"
              value={hours.close}
              onInput={(event) => update({ close: event.currentTarget.value })}
            />
          )}
        </Field>
        <Field label={t('optionsTimeZone')} path="businessHours.timeZone" problems={problems}>
          {(a11y) => (
            <select
              {...a11y}
              value={hours.timeZone}
              onChange={(event) => update({ timeZone: event.currentTarget.value })}
            >
              <option value="">{t('optionsTimeZoneBrowser', [resolveZone('')])}</option>
              {zones().map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {rangeProblems.length > 0 && (
        <p class="field-error" id={idFor('businessHours')}>
          {rangeProblems.map((problem) => messageOrText(problem.message)).join('; ')}
        </p>
      )}
      <Field
        label={t('optionsAnswerDeadline')}
        path="answerDeadlineHours"
        problems={problems}
        hint={t('optionsAnswerDeadlineHint')}
      >
        {(a11y) => (
          <input
            {...a11y}
            type="number"
            min={0.25}
            step={0.25}
            value={numberText(settings.answerDeadlineHours)}
            onInput={(event) => onChange({ ...settings, answerDeadlineHours: numberOf(event.currentTarget) })}
          />
        )}
      </Field>
    </fieldset>
  );
}
