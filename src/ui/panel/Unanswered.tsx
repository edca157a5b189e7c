import { categoryLabel } from '../../comments/labels';
import { t } from '../../shared/i18n';
import { formatDuration } from '../components/format';
import { AnswerButtons } from './AnswerButtons';
import type { PanelActions, PanelState, UnansweredItem } from './state';

interface Props {
  state: PanelState;
  actions: PanelActions;
}

/** This page's comments still waiting for the brand's answer, soonest deadline first. */
export function Unanswered({ state, actions }: Props) {
  const items = [...state.unanswered].sort((a, b) => a.dueAt - b.dueAt);
  return (
    <section
      class="section"
      data-section="unanswered"
      data-count={items.length}
      aria-labelledby="smm-unanswered-title"
    >
      <h2 id="smm-unanswered-title" class="section__title">
        {t('panelUnansweredTitle', [items.length])}
      </h2>
      {items.length === 0 && <p class="muted">{t('panelUnansweredNone')}</p>}
      <ul class="comments">
        {items.map((item) => (
          <CommentItem key={item.id} item={item} now={state.now} actions={actions} />
        ))}
      </ul>
      {state.awaitingElsewhere > 0 && (
        <p class="muted" data-role="awaiting-elsewhere" data-count={state.awaitingElsewhere}>
          {t('panelAwaitingElsewhere', [state.awaitingElsewhere])}
        </p>
      )}
    </section>
  );
}

function timeLeft(dueAt: number, now: number): { text: string; overdue: boolean } {
  const minutes = Math.round((dueAt - now) / 60_000);
  const overdue = minutes < 0;
  const amount = formatDuration(Math.abs(minutes));
  return { text: overdue ? t('panelOverdueBy', [amount]) : t('panelDueIn', [amount]), overdue };
}

function CommentItem({ item, now, actions }: { item: UnansweredItem; now: number; actions: PanelActions }) {
  const due = timeLeft(item.dueAt, now);
  return (
    <li class="comment" data-comment-id={item.id} data-overdue={String(due.overdue)}>
      <p class="comment__head">
        <strong>{item.author}</strong>
        {item.category && <span class="comment__category">{categoryLabel(item.category)}</span>}
        <span class={due.overdue ? 'comment__due comment__due--overdue' : 'comment__due'}>{due.text}</span>
      </p>
      <p class="comment__excerpt">{item.excerpt}</p>
      {item.person && <p class="muted">{t('panelAnsweredBy', [item.person])}</p>}
      {item.answers && <AnswerButtons answers={item.answers} onInsert={actions.insertText} />}
      <div class="comment__actions">
        {item.onPage && (
          <button type="button" data-action="jump" onClick={() => actions.jumpToComment(item.id)}>
            {t('panelJump')}
          </button>
        )}
        <button
          type="button"
          data-action="mark-answered"
          onClick={() => actions.markComment(item.id, 'answered')}
        >
          {t('panelMarkAnswered')}
        </button>
        <button
          type="button"
          data-action="no-reply-needed"
          onClick={() => actions.markComment(item.id, 'no-reply-needed')}
        >
          {t('panelNoReplyNeeded')}
        </button>
      </div>
    </li>
  );
}
