import { t } from '../../shared/i18n';
import { contentCategoryLabel } from '../components/labels';
import { keepEditorFocus } from './focus';
import type { PanelActions, PanelState } from './state';

/**
 * The ideas pinned for today on this network (the week plan in the options), each one click from
 * the composer, and the starter prompts of the category the user picked, or the one the mix needs
 * most, when it is one the handbook says to keep up (question, testimonial, FAQ, news, promo).
 */
export function PlannedToday({ state, actions }: { state: PanelState; actions: PanelActions }) {
  const starter =
    state.starters.find((offer) => offer.category === (state.chosenCategory ?? state.draftType?.category)) ??
    state.starters[0];
  if (!state.pinned.length && !starter) return null;
  return (
    <section class="section" data-section="planned" aria-labelledby="smm-planned-title">
      <h2 id="smm-planned-title" class="section__title">
        {t('panelPlannedTitle')}
      </h2>
      <ul class="suggestions">
        {state.pinned.map((idea) => (
          <li key={idea.id} class="suggestion" data-pinned-id={idea.id}>
            <span class="suggestion__label">
              {idea.text}
              {idea.over && (
                <span class="answer__over" data-over-limit="true">
                  {' '}
                  · {t('panelAnswerOverLimit', [idea.over.count, idea.over.max])}
                </span>
              )}
            </span>
            <button
              type="button"
              data-action="insert-idea"
              onMouseDown={keepEditorFocus}
              aria-label={t('panelInsertIdeaLabel', [idea.text.slice(0, 60)])}
              onClick={() => actions.insertText(idea.text)}
            >
              {t('panelInsert')}
            </button>
          </li>
        ))}
      </ul>
      {starter && (
        <details data-starters={starter.category}>
          <summary>{t('panelStartersTitle', [contentCategoryLabel(starter.category)])}</summary>
          <ul>
            {starter.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
