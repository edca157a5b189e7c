import { unknownPlaceholders } from '../../comments/fill-answer';
import { categoryLabel } from '../../comments/labels';
import { overLimit } from '../../rules/length';
import { commentCategories } from '../../shared/comment';
import { t } from '../../shared/i18n';
import { networkNames, networks } from '../../shared/networks';
import type { Answer } from '../../shared/settings-schema';
import { CommentCategorySelect } from './CommentCategorySelect';
import { Field } from './Field';
import { type BrandSectionProps, newId } from './section';

/** The networks an answer is measured against: the brand's own, or all until it names one. */
function brandNetworks(accounts: BrandSectionProps['settings']['accounts']) {
  const named = networks.filter((network) => (accounts[network] ?? []).length > 0);
  return named.length ? named : [...networks];
}

/**
 * The answers library: the brand's saved replies, in its language, grouped by the kind of comment
 * they answer, each with optional guidance for a tense exchange. `{name}`, `{brand}`, `{handle}` and
 * `{link}` are filled in the panel; an unknown placeholder or an answer too long for a network is
 * pointed out here, and unbalanced braces are an error (the schema's).
 */
export function AnswersSection({
  settings,
  onChange,
  problems,
  mastodonCharLimit,
}: BrandSectionProps & { mastodonCharLimit: number }) {
  const answers = settings.answers;
  const setAnswers = (next: Answer[]) => onChange({ ...settings, answers: next });
  const update = (index: number, patch: Partial<Answer>) =>
    setAnswers(answers.map((answer, i) => (i === index ? { ...answer, ...patch } : answer)));
  const shownNetworks = brandNetworks(settings.accounts);
  const groups = commentCategories
    .map((category) => ({
      category,
      indexes: answers.flatMap((a, i) => (a.category === category ? [i] : [])),
    }))
    .filter((group) => group.indexes.length > 0);
  return (
    <fieldset class="section" data-section="answers" id="section-answers">
      <legend>{t('optionsAnswers')}</legend>
      <p class="muted">{t('optionsAnswersHint')}</p>
      {groups.map(({ category, indexes }) => (
        <fieldset class="subsection" key={category} data-answer-group={category}>
          <legend>{categoryLabel(category)}</legend>
          {indexes.map((index) => {
            const answer = answers[index];
            const path = `answers[${index}]`;
            const label = answer.title || t('optionsAnswerUntitled', [index + 1]);
            const unknown = unknownPlaceholders(answer.text);
            const tooLong = shownNetworks.flatMap((network) => {
              const over = overLimit(answer.text, network, mastodonCharLimit);
              return over ? [`${networkNames[network]} (${over.count}/${over.max})`] : [];
            });
            return (
              <div class="grid-2 answer-edit" key={answer.id} data-answer={answer.id}>
                <Field
                  label={t('optionsAnswerTitle', [index + 1])}
                  path={`${path}.title`}
                  problems={problems}
                >
                  {(a11y) => (
                    <input
                      {...a11y}
                      value={answer.title}
                      onInput={(event) => update(index, { title: event.currentTarget.value })}
                    />
                  )}
                </Field>
                <Field
                  label={t('optionsAnswerCategory', [label])}
                  path={`${path}.category`}
                  problems={problems}
                >
                  {(a11y) => (
                    <CommentCategorySelect
                      a11y={a11y}
                      value={answer.category}
                      onChange={(category) => update(index, { category })}
                    />
                  )}
                </Field>
                <Field
                  label={t('optionsAnswerText', [label])}
                  path={`${path}.text`}
                  problems={problems}
                  class="span-2"
                >
                  {(a11y) => (
                    <textarea
                      {...a11y}
                      rows={3}
                      value={answer.text}
                      onInput={(event) => update(index, { text: event.currentTarget.value })}
                    />
                  )}
                </Field>
                {unknown.length > 0 && (
                  <p class="span-2 field-warning" data-unknown-placeholders={unknown.join(' ')}>
                    {t('optionsAnswerUnknown', [unknown.join(' ')])}
                  </p>
                )}
                {tooLong.length > 0 && (
                  <p class="span-2 field-warning" data-over-limit="true">
                    {t('optionsTooLongFor', [tooLong.join(', ')])}
                  </p>
                )}
                <Field
                  label={t('optionsAnswerGuidance', [label])}
                  path={`${path}.guidance`}
                  problems={problems}
                  class="span-2"
                  hint={t('optionsPolicyGuidanceHint')}
                >
                  {(a11y) => (
                    <textarea
                      {...a11y}
                      rows={2}
                      value={answer.guidance ?? ''}
                      onInput={(event) => {
                        const guidance = event.currentTarget.value;
                        const { guidance: _old, ...rest } = answer;
                        setAnswers(
                          answers.map((a, i) =>
                            i === index ? (guidance ? { ...rest, guidance } : rest) : a,
                          ),
                        );
                      }}
                    />
                  )}
                </Field>
                <div>
                  <button type="button" onClick={() => setAnswers(answers.filter((_, i) => i !== index))}>
                    {t('optionsRemoveAnswer', [label])}
                  </button>
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
      <button
        type="button"
        data-action="add-answer"
        onClick={() =>
          setAnswers([...answers, { id: newId('answer'), category: 'question', title: '', text: '' }])
        }
      >
        {t('optionsAddAnswer')}
      </button>
    </fieldset>
  );
}
