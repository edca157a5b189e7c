import type { BrandSettings } from '../shared/settings-defaults';
import { dayKey, resolveZone, weekdayOfKey } from '../shared/time';
import type { Weekday } from '../shared/weekdays';
import { weekdays } from '../shared/weekdays';

/**
 * Calendar days as `YYYY-MM-DD` keys in the brand's zone. Everything in src/calendar reasons in
 * day keys once "now" has been placed in the zone, so DST and midnight are decided in one place
 * (src/shared/time.ts) and the rest is plain date arithmetic.
 */

const dayKeyPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The zone all calendar questions are asked in: the business-hours zone, else the browser's. */
export function zoneOf(settings: Pick<BrandSettings, 'businessHours'>): string {
  return resolveZone(settings.businessHours.timeZone);
}

/** Today's key at `now` in the brand's zone. */
export function todayKey(now: number, settings: Pick<BrandSettings, 'businessHours'>): string {
  return dayKey(now, zoneOf(settings));
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2027-02-29). */
export function isDayKey(value: string): boolean {
  const match = dayKeyPattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}

export function weekdayOf(key: string): Weekday {
  return weekdays[weekdayOfKey(key)];
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC so the machine's zone never matters.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isLeapYear(year: number): boolean {
  return daysInMonth(year, 2) === 29;
}

/** `MM-DD` part of a day key, the form yearly days are stored in. */
export function monthDayOf(key: string): string {
  return key.slice(5);
}

export function yearOf(key: string): number {
  return Number(key.slice(0, 4));
}

export function keyOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function utcMidnight(key: string): number {
  const [year, month, day] = key.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}
