import { t } from '../../shared/i18n';
import { networkNames } from '../../shared/networks';
import type { PopupToday } from '../../shared/today';
import { formatTime } from '../components/format';
import { Hashtag } from '../components/Hashtag';
import { contentCategoryLabel, formatLabel } from '../components/labels';
import { CheckItem } from './CheckItem';
import { RecurringTasks } from './RecurringTasks';

/** Today's checklist (docs/ARCHITECTURE.md: one element per item with `data-check` and `data-done`). */
export function Checklist({ today }: { today: PopupToday }) {
  const { theme, mix, cadence, unusualDays, events, comments } = today;
  const { awaiting, overdue } = comments.summary;
  const eventsToday = events.filter((event) => event.daysUntil === 0);
  return (
    <section class="popup__checklist" aria-labelledby="checklist-title" data-section="checklist">
      <h2 id="checklist-title">{t('popupChecklist')}</h2>
      <ul class="checks">
        <CheckItem id="theme" done={theme.done} title={t('popupCheckTheme')}>
          <div data-section="theme">
            <p class="hashtags">
              {theme.hashtags.map((tag) => (
                <span class="hashtag" data-hashtag={tag} key={tag}>
                  <Hashtag tag={tag} />
                </span>
              ))}
            </p>
            {theme.idea && <p class="muted">{theme.idea}</p>}
          </div>
        </CheckItem>
        <CheckItem
          id="comments"
          done={awaiting === 0}
          title={
            <>
              {t('popupCheckComments', [awaiting])}
              {overdue > 0 && (
                <>
                  {' · '}
                  <strong class="overdue" data-role="overdue">
                    {t('popupOverdue', [overdue])}
                  </strong>
                </>
              )}
            </>
          }
        />
        <CheckItem
          id="mix"
          done={mix.done}
          title={t('popupCheckMix', [formatLabel(mix.format), contentCategoryLabel(mix.category)])}
        />
        <CheckItem id="cadence" done={cadence.done} title={t('popupCheckCadence')}>
          <ul class="cadence">
            {cadence.networks.map((entry) => (
              <li key={entry.network} data-network={entry.network} data-left={entry.left}>
                {t('popupPostsLeft', [networkNames[entry.network], entry.left, entry.dailyCap])}
                {' · '}
                <span class="muted">
                  {entry.nextAt === null
                    ? t('popupNextTomorrow')
                    : t('popupNextAt', [formatTime(entry.nextAt, today.zone)])}
                </span>
              </li>
            ))}
          </ul>
        </CheckItem>
        <CheckItem
          id="unusual-day"
          done={unusualDays.every((day) => day.done)}
          title={t('popupCheckUnusualDay')}
        >
          {unusualDays.length === 0 && <p class="muted">{t('popupNoUnusualDay')}</p>}
          <ul class="ideas">
            {unusualDays.map((day) => (
              <li key={day.id} class="idea" data-day={day.id}>
                <p class="idea__head">
                  <strong class="idea__name">{day.name}</strong>{' '}
                  <span class="hashtag">
                    <Hashtag tag={day.hashtag} />
                  </span>
                </p>
                {day.idea && <p class="idea__text muted">{day.idea}</p>}
              </li>
            ))}
          </ul>
        </CheckItem>
        <CheckItem
          id="local-events"
          done={eventsToday.every((event) => event.done)}
          title={t('popupCheckLocalEvents')}
        >
          {events.length === 0 && <p class="muted">{t('popupNoLocalEvents')}</p>}
          <ul class="ideas">
            {events.map((event) => (
              <li key={event.id} class="idea" data-event={event.id}>
                <p class="idea__head">
                  <strong class="idea__name">{event.name}</strong>{' '}
                  {event.hashtag && (
                    <span class="hashtag">
                      <Hashtag tag={event.hashtag} />
                    </span>
                  )}
                </p>
                {event.idea && <p class="idea__text muted">{event.idea}</p>}
              </li>
            ))}
          </ul>
        </CheckItem>
      </ul>
      <RecurringTasks today={today} />
    </section>
  );
}
