import type { PlanDay } from '../../shared/calendar';
import { t } from '../../shared/i18n';
import { networkNames } from '../../shared/networks';
import type { PlanItem } from '../../shared/plan';
import { formatDayKey } from '../components/format';
import { contentCategoryLabel, formatLabel } from '../components/labels';

/**
 * The 7 days from today: theme, notable day, events, what the mix needs each day, and the ideas
 * pinned to it in the options; a day with neither a post nor a pinned idea is shown as a gap.
 */
export function WeekPlan({
  week,
  lang,
  pinned,
}: {
  week: PlanDay[];
  lang: 'en' | 'fr' | 'ru';
  pinned: PlanItem[];
}) {
  return (
    <section class="popup__week" aria-labelledby="week-title" data-section="week">
      <h2 id="week-title">{t('popupWeek')}</h2>
      <ol class="week">
        {week.map((day) => (
          <li
            key={day.date}
            class={day.isToday ? 'week__day week__day--today' : 'week__day'}
            data-date={day.date}
            data-today={String(day.isToday)}
            data-posted={String(day.posted)}
          >
            <p class="week__date">
              <strong>{day.isToday ? t('popupToday') : formatDayKey(day.date)}</strong>
              {day.posted && <span class="ok"> ✓ {t('popupPosted')}</span>}
            </p>
            <p class="week__theme">{day.theme.hashtags.slice(0, 2).join(' ')}</p>
            {day.notableDay && <p class="week__notable">{day.notableDay.names[lang]}</p>}
            {day.events.map((event) => (
              <p class="week__event" key={event.id}>
                {event.name}
              </p>
            ))}
            {pinned
              .filter((item) => item.day === day.date)
              .map((item) => (
                <p class="week__pinned" key={item.id} data-plan-item={item.id} data-done={String(item.done)}>
                  {item.done ? '✓ ' : ''}
                  {networkNames[item.network]}: {item.text}
                </p>
              ))}
            {!day.posted && !pinned.some((item) => item.day === day.date) && (
              <p class="week__gap" data-role="gap">
                {t('popupNothingPlanned')}
              </p>
            )}
            <p class="muted">
              {t('popupNeeds', [formatLabel(day.neededFormat), contentCategoryLabel(day.neededCategory)])}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
