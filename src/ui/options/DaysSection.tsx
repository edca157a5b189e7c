import { t } from '../../shared/i18n';
import type { CustomDay } from '../../shared/settings-schema';
import { Field } from './Field';
import { type BrandSectionProps, newId } from './section';
import { UnusualDayRegions } from './UnusualDayRegions';

/** The brand's own yearly days, and which regions of the unusual-days dataset to suggest from. */
export function DaysSection({ settings, onChange, problems }: BrandSectionProps) {
  const days = settings.customDays;
  const setDays = (customDays: CustomDay[]) => onChange({ ...settings, customDays });
  const update = (index: number, patch: Partial<CustomDay>) =>
    setDays(days.map((day, i) => (i === index ? { ...day, ...patch } : day)));

  return (
    <fieldset class="section" data-section="days" id="section-days">
      <legend>{t('optionsCustomDays')}</legend>
      {days.map((day, index) => {
        const path = `customDays[${index}]`;
        const n = index + 1;
        return (
          <fieldset class="subsection grid-3" key={day.id} data-custom-day={day.id}>
            <legend>{day.name || t('optionsCustomDayN', [n])}</legend>
            <Field label={t('optionsCustomDayName', [n])} path={`${path}.name`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  value={day.name}
                  onInput={(e) => update(index, { name: e.currentTarget.value })}
                />
              )}
            </Field>
            <Field
              label={t('optionsCustomDayDate', [n])}
              path={`${path}.date`}
              problems={problems}
              hint={t('optionsCustomDayDateHint')}
            >
              {(a11y) => (
                <input
                  {...a11y}
                  value={day.date}
                  placeholder="MM-DD"
                  onInput={(e) => update(index, { date: e.currentTarget.value })}
                />
              )}
            </Field>
            <Field label={t('optionsCustomDayHashtag', [n])} path={`${path}.hashtag`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  value={day.hashtag}
                  onInput={(e) => update(index, { hashtag: e.currentTarget.value })}
                />
              )}
            </Field>
            <div class="field">
              <button type="button" onClick={() => setDays(days.filter((_, i) => i !== index))}>
                {t('optionsRemoveItem', [day.name || t('optionsCustomDayN', [n])])}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        data-action="add-custom-day"
        onClick={() => setDays([...days, { id: newId('day'), name: '', date: '', hashtag: '' }])}
      >
        {t('optionsAddCustomDay')}
      </button>
      <UnusualDayRegions brand={settings} onChange={onChange} />
    </fieldset>
  );
}
