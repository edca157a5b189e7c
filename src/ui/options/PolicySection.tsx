import { categoryLabel } from '../../comments/labels';
import { type CommentCategory, commentCategories } from '../../shared/comment';
import { t } from '../../shared/i18n';
import type { PolicyLine } from '../../shared/settings-schema';
import { CommentCategorySelect } from './CommentCategorySelect';
import { Field, numberOf } from './Field';
import { type BrandSectionProps, newId } from './section';

/**
 * The communication policy: who answers each kind of comment, how soon, with which reply, and how to
 * handle a tense exchange of that kind.
 */
export function PolicySection({ settings, onChange, problems }: BrandSectionProps) {
  const lines = settings.communicationPolicy;
  const setLines = (communicationPolicy: PolicyLine[]) => onChange({ ...settings, communicationPolicy });
  const update = (index: number, patch: Partial<PolicyLine>) =>
    setLines(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  // A category's reply is the first answer of the brand's answers library in that category.
  const answerIndex = (category: CommentCategory) =>
    settings.answers.findIndex((answer) => answer.category === category);
  const answerOf = (category: CommentCategory) => settings.answers[answerIndex(category)];
  const answerPath = (category: CommentCategory) => `answers[${answerIndex(category)}].text`;
  const setAnswer = (category: CommentCategory, text: string) => {
    const index = answerIndex(category);
    const answers =
      index < 0
        ? [...settings.answers, { id: newId('answer'), category, title: '', text }]
        : text
          ? settings.answers.map((answer, i) => (i === index ? { ...answer, text } : answer))
          : settings.answers.filter((_, i) => i !== index);
    onChange({ ...settings, answers });
  };
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
                <CommentCategorySelect
                  a11y={a11y}
                  value={line.category}
                  onChange={(category) => update(index, { category })}
                />
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
              path={answerPath(line.category)}
              problems={problems}
              class="span-2"
            >
              {(a11y) => (
                <textarea
                  {...a11y}
                  rows={2}
                  value={answerOf(line.category)?.text ?? ''}
                  onInput={(event) => setAnswer(line.category, event.currentTarget.value)}
                />
              )}
            </Field>
            <Field
              label={t('optionsPolicyGuidance', [name])}
              path={`${path}.guidance`}
              problems={problems}
              class="span-2"
              hint={t('optionsPolicyGuidanceHint')}
            >
              {(a11y) => (
                <textarea
                  {...a11y}
                  rows={2}
                  value={line.guidance}
                  onInput={(event) => update(index, { guidance: event.currentTarget.value })}
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
          unused && setLines([...lines, { category: unused, person: '', deadlineHours: null, guidance: '' }])
        }
      >
        {t('optionsAddPolicy')}
      </button>
    </fieldset>
  );
}
