import { t } from '../../shared/i18n';
import type { AnswerOffer } from '../../shared/protocol';
import { keepEditorFocus } from './focus';

/**
 * The brand's saved answers for one comment, already filled for it by the background. One click
 * inserts one into the composer through the editor's own input path; placeholders that could not
 * be filled stay in the text and are named here, so nothing goes out half-filled unseen.
 */
export function AnswerButtons({
  answers,
  onInsert,
}: {
  answers: AnswerOffer[];
  onInsert: (text: string) => void;
}) {
  return (
    <ul class="answers">
      {answers.map((answer) => (
        <li key={answer.id} class="answer" data-answer-id={answer.id}>
          <button
            type="button"
            data-action="insert-template"
            data-answer-id={answer.id}
            onMouseDown={keepEditorFocus}
            title={answer.text}
            aria-label={t('panelInsertAnswerLabel', [answer.title])}
            onClick={() => onInsert(answer.text)}
          >
            {answer.title}
          </button>
          {answer.unfilled.length > 0 && (
            <p class="answer__unfilled" data-unfilled={answer.unfilled.join(' ')}>
              {t('panelAnswerUnfilled', [answer.unfilled.join(' ')])}
            </p>
          )}
          {answer.over && (
            <p class="answer__over" data-over-limit="true">
              {t('panelAnswerOverLimit', [answer.over.count, answer.over.max])}
            </p>
          )}
          {answer.guidance && <p class="muted answer__guidance">{answer.guidance}</p>}
        </li>
      ))}
    </ul>
  );
}
