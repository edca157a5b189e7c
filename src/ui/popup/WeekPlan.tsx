import type { PlanDay } from '../../shared/calendar';
import { t } from '../../shared/i18n';
import { formatDayKey } from '../components/format';
import { contentCategoryLabel, formatLabel } from '../components/labels';

/** The 7 days from today: theme, notable day, events, and what the mix needs each day. */
export function WeekPlan({ week, lang }: { week: PlanDay[]; lang: 'en' | 'fr' | 'ru' }) {
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
            <p class="muted">
              {t('popupNeeds', [formatLabel(day.neededFormat), contentCategoryLabel(day.neededCategory)])}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
