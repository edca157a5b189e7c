import { categoryLabel } from '../../comments/labels';
import type { CommentCategory } from '../../shared/comment';
import { t } from '../../shared/i18n';
import type { PolicyLine } from '../../shared/settings-schema';
import { Field, numberOf } from './Field';
import type { SectionProps } from './section';

const commentCategories: CommentCategory[] = [
  'question',
  'complaint',
  'praise',
  'request',
  'spam-like',
  'other',
];

/** The communication policy: who answers each kind of comment, how soon, with which template. */
export function PolicySection({ settings, onChange, problems }: SectionProps) {
  const lines = settings.communicationPolicy;
  const setLines = (communicationPolicy: PolicyLine[]) => onChange({ ...settings, communicationPolicy });
  const update = (index: number, patch: Partial<PolicyLine>) =>
    setLines(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const unused = commentCategories.find((category) => !lines.some((line) => line.category === category));
  return (
    <fieldset class="section" data-section="policy" id="section-policy">
      <legend>{t('optionsPolicy')}</legend>
      <p class="muted">{t('optionsPolicyHint')}</p>
      {lines.map((line, index) => {
        const path = `communicationPolicy[${index}]`;
        const name = categoryLabel(line.category);
        return (
          <fieldset class="subsection grid-2" key={path} data-policy={line.category}>
            <legend>{name}</legend>
            <Field
              label={t('optionsPolicyCategory', [index + 1])}
              path={`${path}.category`}
              problems={problems}
            >
              {(a11y) => (
                <select
                  {...a11y}
                  value={line.category}
                  onChange={(event) =>
                    update(index, { category: event.currentTarget.value as CommentCategory })
                  }
                >
                  {commentCategories.map((category) => (
                    <option key={category} value={category}>
                      {categoryLabel(category)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('optionsPolicyPerson', [name])} path={`${path}.person`} problems={problems}>
              {(a11y) => (
                <input
                  {...a11y}
                  value={line.person}
                  onInput={(event) => update(index, { person: event.currentTarget.value })}
                />
              )}
            </Field>
            <Field
              label={t('optionsPolicyDeadline', [name])}
              path={`${path}.deadlineHours`}
              problems={problems}
              hint={t('optionsPolicyDeadlineHint')}
            >
              {(a11y) => (
                <input
                  {...a11y}
                  type="number"
                  min={0.25}
                  step={0.25}
                  value={line.deadlineHours === null ? '' : String(line.deadlineHours)}
                  onInput={(event) =>
                    update(index, {
                      deadlineHours: event.currentTarget.value === '' ? null : numberOf(event.currentTarget),
                    })
                  }
                />
              )}
            </Field>
            <Field
              label={t('optionsPolicyTemplate', [name])}
              path={`${path}.template`}
              problems={problems}
              class="span-2"
            >
              {(a11y) => (
                <textarea
                  {...a11y}
                  rows={2}
                  value={line.template}
                  onInput={(event) => update(index, { template: event.currentTarget.value })}
                />
              )}
            </Field>
            <div>
              <button type="button" onClick={() => setLines(lines.filter((_, i) => i !== index))}>
                {t('optionsRemoveLine', [name])}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        data-action="add-policy"
        disabled={!unused}
        onClick={() =>
          unused && setLines([...lines, { category: unused, person: '', deadlineHours: null, template: '' }])
        }
      >
        {t('optionsAddPolicy')}
      </button>
    </fieldset>
  );
}
