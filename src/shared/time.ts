/**
 * Wall-clock arithmetic in a named time zone, with Intl only (no dataset in the bundle).
 * Every "today", weekday and business-hour question goes through here so DST and midnight are
 * handled in one place.
 */

/** Durations in milliseconds. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Sunday, as Date.prototype.getDay. */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The user's zone: the one in settings, else the browser's. */
export function resolveZone(zone?: string): string {
  return zone || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

const weekdayIndex: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock time at `epoch` in `zone`. */
export function wallTime(epoch: number, zone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(epoch))) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: weekdayIndex[parts.weekday] ?? 0,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Offset of `zone` from UTC at `epoch`, in minutes (east positive). */
export function zoneOffsetMinutes(epoch: number, zone: string): number {
  const wall = wallTime(epoch, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(epoch / 1000) * 1000) / 60000);
}

/**
 * The epoch of a wall-clock time in `zone`. A time skipped by a DST jump resolves forward
 * (02:30 on a spring-forward day is 03:30); a repeated time resolves to its first occurrence.
 */
export function epochOf(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): number {
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle on the offset in force at the result; enough for every real zone.
  const first = naive - zoneOffsetMinutes(naive, zone) * 60000;
  const second = naive - zoneOffsetMinutes(first, zone) * 60000;
  if (first === second) return first;
  // Gap or overlap: take the earlier instant that shows a wall time at or after the one asked.
  const [early, late] = first < second ? [first, second] : [second, first];
  const wall = wallTime(early, zone);
  const asked = Date.UTC(year, month - 1, day, hour, minute);
  const shown = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  return shown >= asked ? early : late;
}

/** `YYYY-MM-DD` of the day containing `epoch` in `zone`. */
export function dayKey(epoch: number, zone: string): string {
  const { year, month, day } = wallTime(epoch, zone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Epoch of local midnight starting the day that contains `epoch`. */
export function startOfDay(epoch: number, zone: string): number {
  const { year, month, day } = wallTime(epoch, zone);
  return epochOf(zone, year, month, day);
}

/** Adds calendar days to a `YYYY-MM-DD` key (pure date arithmetic, no zone needed). */
export function addDays(key: string, days: number): string {
  const [year, month, day] = key.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/** Weekday (0 = Sunday) of a `YYYY-MM-DD` key. */
export function weekdayOfKey(key: string): number {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Minutes since midnight of a `HH:MM` clock string. */
export function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}
