import { addDays, weekdayOfKey } from '../shared/time';
import { daysInMonth, keyOf, yearOf } from './day';

/**
 * When a yearly day falls. Fixed days are `MM-DD`; days that move are rules, so "first Friday of
 * June" is right in every year instead of being re-entered each January.
 */
export type DayRule =
  /**
   * The `nth` `weekday` (0 = Sunday) of `month` (1–12); negative `nth` counts from the end
   * (-1 = last). `offset` shifts the result by whole days: Black Friday is the fourth Thursday of
   * November plus one, which is not always the fourth Friday.
   */
  | { month: number; weekday: number; nth: number; offset?: number }
  /** The `dayOfYear`th day (1 = 1 January): Programmers' Day is the 256th. */
  | { dayOfYear: number };

export type When = { date: string } | { rule: DayRule };

/** The day key on which `rule` falls in `year`, or undefined when it doesn't occur that year. */
export function ruleDateIn(rule: DayRule, year: number): string | undefined {
  if ('dayOfYear' in rule) {
    const key = addDays(keyOf(year, 1, 1), rule.dayOfYear - 1);
    return yearOf(key) === year ? key : undefined;
  }
  const day = nthWeekdayOfMonth(year, rule.month, rule.weekday, rule.nth);
  if (day === undefined) return undefined;
  return addDays(keyOf(year, rule.month, day), rule.offset ?? 0);
}

/** Day of the month of the nth weekday, or undefined (e.g. a fifth Monday that doesn't exist). */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: number,
  nth: number,
): number | undefined {
  const length = daysInMonth(year, month);
  let day: number;
  if (nth > 0) {
    const first = weekdayOfKey(keyOf(year, month, 1));
    day = 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  } else {
    const last = weekdayOfKey(keyOf(year, month, length));
    day = length - ((last - weekday + 7) % 7) + (nth + 1) * 7;
  }
  return day >= 1 && day <= length ? day : undefined;
}

/**
 * Does a yearly day fall on `key`? A fixed 02-29 matches only in leap years. An offset can carry a
 * rule into the next year (a December rule plus days), so the previous year's date is checked too.
 */
export function fallsOn(when: When, key: string): boolean {
  if ('date' in when) return key.slice(5) === when.date;
  const year = yearOf(key);
  return ruleDateIn(when.rule, year) === key || ruleDateIn(when.rule, year - 1) === key;
}
