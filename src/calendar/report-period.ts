import type { ReportPeriod } from '../shared/report';
import { addDays, epochOf, weekdayOfKey } from '../shared/time';
import { daysInMonth } from './day';

/** A report's days: the first and last `YYYY-MM-DD`, and the instants that bound them in the zone. */
export interface PeriodBounds {
  from: string;
  to: string;
  days: string[];
  /** Epoch of the first day's midnight. */
  start: number;
  /** Epoch of the midnight after the last day (excluded). */
  end: number;
}

/**
 * The week (Monday to Sunday, as the handbook plans it) or the calendar month containing `day`, in
 * `zone`. Midnights are computed in the zone, so a week across a DST change still has 7 whole days.
 */
export function periodOf(period: ReportPeriod, day: string, zone: string): PeriodBounds {
  let from: string;
  let length: number;
  if (period === 'week') {
    from = addDays(day, -((weekdayOfKey(day) + 6) % 7));
    length = 7;
  } else {
    const [year, month] = day.split('-').map(Number);
    from = `${day.slice(0, 7)}-01`;
    length = daysInMonth(year, month);
  }
  const days = Array.from({ length }, (_, index) => addDays(from, index));
  const to = days[days.length - 1];
  return { from, to, days, start: midnight(from, zone), end: midnight(addDays(to, 1), zone) };
}

function midnight(key: string, zone: string): number {
  const [year, month, day] = key.split('-').map(Number);
  return epochOf(zone, year, month, day);
}
