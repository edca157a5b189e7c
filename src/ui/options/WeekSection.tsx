import { useState } from 'preact/hooks';
import type { Lang } from '../../shared/calendar';
import type { Category } from '../../shared/content-types';
import { t } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import { type Network, networkNames } from '../../shared/networks';
import type { PlannedItem, PlanWeekDay } from '../../shared/plan';
import { formatDayKey } from '../components/format';
import { contentCategoryLabel } from '../components/labels';
import { useRequest } from '../components/useRequest';
import { PinForm } from './PinForm';

/**
 * The week you can fill, for the brand being edited: each day's theme and unusual days, the slots
 * each network's cadence allows and the posts already logged, the ideas pinned to it. Pinning,
 * moving, ticking and removing act at once (they are the plan, not settings waiting for Save).
 * Nothing here posts anything: an idea reaches a network only through the user's own composer.
 */
export function WeekSection({ brandId, lang }: { brandId: string; lang: Lang }) {
  // Read once: a fresh "now" on every render would make every render a new request.
  const [now] = useState(() => Date.now());
  const [loaded, reload] = useRequest('plan.week', { now, brandId });
  const [failure, setFailure] = useState('');
  const act = async (run: () => Promise<unknown>) => {
    try {
      await run();
      setFailure('');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
    reload();
  };
  if (loaded.state === 'failed') return <p role="alert">{t('loadFailed', [loaded.message])}</p>;
  if (loaded.state === 'loading') return <section class="section" id="section-week" aria-busy="true" />;
  const week = loaded.data;
  const days = week.days.map((day) => day.date);
  return (
    <section class="section" data-section="plan-week" id="section-week" aria-labelledby="week-plan-title">
      <h2 id="week-plan-title">{t('optionsWeek')}</h2>
      <p class="muted">{t('optionsWeekHint')}</p>
      {failure && <p role="alert">{failure}</p>}
      {week.underTarget.length > 0 && (
        <p
          data-role="under-target"
          data-categories={week.underTarget.map((entry) => entry.category).join(' ')}
        >
          {t('optionsWeekUnderTarget', [
            week.underTarget
              .slice(0, 4)
              .map((entry) => `${contentCategoryLabel(entry.category)} (−${entry.gap})`)
              .join(', '),
          ])}
        </p>
      )}
      <ol class="plan-week">
        {week.days.map((day) => (
          <PlanDayView
            key={day.date}
            day={day}
            lang={lang}
            days={days}
            onPin={(network, text, category, source) =>
              act(() =>
                send('plan.pin', {
                  brandId,
                  day: day.date,
                  network,
                  text,
                  source,
                  ...(category ? { category } : {}),
                }),
              )
            }
            onUpdate={(id, change) => act(() => send('plan.update', { id, ...change }))}
            onRemove={(id) => act(() => send('plan.remove', { id }))}
          />
        ))}
      </ol>
    </section>
  );
}

interface DayProps {
  day: PlanWeekDay;
  lang: Lang;
  days: string[];
  onPin: (network: Network, text: string, category: Category | undefined, source: 'idea' | 'draft') => void;
  onUpdate: (id: string, change: { day?: string; network?: Network; done?: boolean }) => void;
  onRemove: (id: string) => void;
}

function PlanDayView({ day, lang, days, onPin, onUpdate, onRemove }: DayProps) {
  const title = day.isToday ? t('popupToday') : formatDayKey(day.date);
  return (
    <li class="plan-day" data-date={day.date} data-gap={String(day.gap)}>
      <h3>{title}</h3>
      <p class="week__theme" data-role="theme">
        {day.theme.hashtags.join(' ')}
      </p>
      {day.days.map((unusual) => (
        <p class="week__notable" key={unusual.id} data-role="unusual-day">
          {unusual.names[lang]}
        </p>
      ))}
      {day.events.map((event) => (
        <p class="week__event" key={event.id}>
          {event.name}
        </p>
      ))}
      {day.gap && (
        <p class="plan-day__gap" data-role="gap">
          {t('optionsWeekGap', [contentCategoryLabel(day.neededCategory)])}
        </p>
      )}
      <ul class="plan-day__networks">
        {day.networks.map((entry) => (
          <li
            key={entry.network}
            data-network={entry.network}
            data-slots={entry.slots}
            data-posted={entry.posted}
            data-pinned={entry.pinned}
          >
            {t('optionsWeekSlots', [networkNames[entry.network], entry.posted, entry.pinned, entry.slots])}
          </li>
        ))}
      </ul>
      <ul class="plan-day__items">
        {day.items.map((item) => (
          <PlanItemView key={item.id} item={item} days={days} onUpdate={onUpdate} onRemove={onRemove} />
        ))}
      </ul>
      <PinForm date={day.date} networks={day.networks.map((entry) => entry.network)} onPin={onPin} />
    </li>
  );
}

function PlanItemView({
  item,
  days,
  onUpdate,
  onRemove,
}: {
  item: PlannedItem;
  days: string[];
  onUpdate: DayProps['onUpdate'];
  onRemove: DayProps['onRemove'];
}) {
  const short = item.text.length > 40 ? `${item.text.slice(0, 40)}…` : item.text;
  return (
    <li class="plan-item" data-plan-item={item.id} data-done={String(item.done)} data-network={item.network}>
      <p>
        <strong>{networkNames[item.network]}</strong>
        {item.category ? ` · ${contentCategoryLabel(item.category)}` : ''} — {item.text}
      </p>
      {item.over && (
        <p class="field-warning" data-over-limit="true">
          {t('panelAnswerOverLimit', [item.over.count, item.over.max])}
        </p>
      )}
      <label>
        <input
          type="checkbox"
          checked={item.done}
          data-action="plan-done"
          onChange={(event) => onUpdate(item.id, { done: event.currentTarget.checked })}
        />{' '}
        {t('optionsWeekDone')}
      </label>{' '}
      <label>
        {t('optionsWeekMove', [short])}{' '}
        <select
          data-action="plan-move"
          value={days.includes(item.day) ? item.day : ''}
          onChange={(event) => onUpdate(item.id, { day: event.currentTarget.value })}
        >
          {days.map((date) => (
            <option key={date} value={date}>
              {formatDayKey(date)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" data-action="plan-remove" onClick={() => onRemove(item.id)}>
        {t('optionsWeekRemove', [short])}
      </button>
    </li>
  );
}
