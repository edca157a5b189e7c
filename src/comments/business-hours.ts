import type { BrandSettings } from '../shared/settings-defaults';
import {
  addDays,
  clockMinutes,
  dayKey,
  epochOf,
  HOUR,
  MINUTE,
  resolveZone,
  weekdayOfKey,
} from '../shared/time';

/**
 * Business-hours arithmetic for answer deadlines: "6 hours" means 6 hours while the brand is open.
 *
 * Every day's window is computed as two real instants (opening and closing in the brand's zone, via
 * `epochOf`), so a day whose DST switch falls inside the window is one hour shorter or longer, and one
 * whose switch falls outside it (02:00 in Paris or New York) keeps its full length. Nothing here uses
 * Date's local-time methods, so results do not depend on the machine's zone.
 *
 * BrandSettings with no business time at all (no days, or closing not after opening, which the schema
 * rejects but a hand-edited record might hold) are treated as open around the clock: a deadline is
 * then plain elapsed time. That is the least surprising reading, and it keeps every loop finite.
 */
export type BusinessHours = BrandSettings['businessHours'];

interface Window {
  open: number;
  close: number;
}

/** One brand's calendar: the zone resolved once and each day's window cached, for bulk statistics. */
class BusinessCalendar {
  readonly zone: string;
  readonly alwaysOpen: boolean;
  private readonly days: Set<number>;
  private readonly openAt: [number, number];
  private readonly closeAt: [number, number];
  private readonly windows = new Map<string, Window | null>();

  constructor(hours: BusinessHours) {
    this.zone = resolveZone(hours.timeZone);
    this.days = new Set(hours.days);
    const open = clockMinutes(hours.open);
    const close = clockMinutes(hours.close);
    this.openAt = [Math.floor(open / 60), open % 60];
    this.closeAt = [Math.floor(close / 60), close % 60];
    this.alwaysOpen = this.days.size === 0 || !(close > open);
  }

  /** The opening and closing instants of the day `key`, or null when the brand is closed that day. */
  window(key: string): Window | null {
    let window = this.windows.get(key);
    if (window !== undefined) return window;
    window = null;
    if (this.days.has(weekdayOfKey(key))) {
      const [year, month, day] = key.split('-').map(Number);
      window = {
        open: epochOf(this.zone, year, month, day, ...this.openAt),
        close: epochOf(this.zone, year, month, day, ...this.closeAt),
      };
    }
    // Bounded: a year of days per brand is plenty, and clearing only costs recomputation.
    if (this.windows.size > 2000) this.windows.clear();
    this.windows.set(key, window);
    return window;
  }
}

const calendars = new Map<string, BusinessCalendar>();

function calendarFor(hours: BusinessHours): BusinessCalendar {
  // The zone is part of the key after resolution, so a browser zone change is picked up.
  const id = `${[...hours.days].sort().join(',')}|${hours.open}|${hours.close}|${resolveZone(hours.timeZone)}`;
  let calendar = calendars.get(id);
  if (!calendar) {
    if (calendars.size > 20) calendars.clear();
    calendar = new BusinessCalendar(hours);
    calendars.set(id, calendar);
  }
  return calendar;
}

/**
 * The instant `hours` business hours after `start`. Time before an opening, after a closing or on a
 * closed day doesn't count, so a comment written on Saturday starts counting on Monday's opening.
 * A deadline that uses up a day exactly ends at that day's closing, not at the next opening.
 * Zero or negative `hours` return `start` unchanged.
 */
export function addBusinessHours(start: number, hours: number, businessHours: BusinessHours): number {
  let remaining = Math.round(hours * HOUR);
  if (remaining <= 0) return start;
  const calendar = calendarFor(businessHours);
  if (calendar.alwaysOpen) return start + remaining;
  let key = dayKey(start, calendar.zone);
  let from = start;
  // Terminates: every week holds at least one window of at least a minute (alwaysOpen covers the rest).
  for (;;) {
    const window = calendar.window(key);
    if (window && from < window.close) {
      const begin = Math.max(from, window.open);
      const available = window.close - begin;
      if (remaining <= available) return begin + remaining;
      remaining -= available;
    }
    key = addDays(key, 1);
    from = Number.NEGATIVE_INFINITY;
  }
}

/** Whether the brand is open at `epoch` (opening included, closing excluded). */
export function isWithinBusinessHours(epoch: number, businessHours: BusinessHours): boolean {
  const calendar = calendarFor(businessHours);
  if (calendar.alwaysOpen) return true;
  const window = calendar.window(dayKey(epoch, calendar.zone));
  return window !== null && epoch >= window.open && epoch < window.close;
}

/**
 * Business minutes from `a` to `b` (fractional). Negative when `b` is before `a`, so "time left"
 * until a deadline already passed reads as minus the business time since.
 */
export function businessMinutesBetween(a: number, b: number, businessHours: BusinessHours): number {
  if (b < a) return -businessMinutesBetween(b, a, businessHours);
  const calendar = calendarFor(businessHours);
  if (calendar.alwaysOpen) return (b - a) / MINUTE;
  const lastKey = dayKey(b, calendar.zone);
  let total = 0;
  for (let key = dayKey(a, calendar.zone); key <= lastKey; key = addDays(key, 1)) {
    const window = calendar.window(key);
    if (!window) continue;
    const overlap = Math.min(b, window.close) - Math.max(a, window.open);
    if (overlap > 0) total += overlap;
  }
  return total / MINUTE;
}
