import holidaysPackage from 'date-holidays/package.json' with { type: 'json' };
import type { CalendarPlace } from '../calendar/calendar-days';
import {
  daysOfYear,
  type HolidayYear,
  holidayYearKey,
  holidayYearsOf,
  knowsHolidayYear,
  rememberHolidayYear,
} from '../calendar/holidays';
import { addDays } from '../shared/time';
import { readPref, writePref } from '../store/prefs-repo';

/** Stored years are date-holidays' answer: a new version of its data computes them again. */
const PREFIX = `holidays:${holidaysPackage.version}:`;

/**
 * Makes the holidays of the days around `day` known without loading date-holidays when it can: a
 * year computed once is kept in storage, so a cold worker reads it in a few milliseconds instead of
 * loading 1.4 MB of library and data (DESIGN.md budget: the first answer of a cold worker in 400 ms).
 * The week ahead is covered too (the popup's plan may cross into next year).
 */
export async function prepareHolidays(place: CalendarPlace | undefined, day: string): Promise<void> {
  if (!place) return;
  const wanted = new Map<string, { country: string; region?: string; year: number }>();
  for (const when of [day, addDays(day, 7)]) {
    for (const year of holidayYearsOf(place, when)) {
      wanted.set(holidayYearKey(year.country, year.region, year.year), year);
    }
  }
  await Promise.all(
    [...wanted].map(async ([key, { country, region, year }]) => {
      if (knowsHolidayYear(key)) return;
      const stored = await readPref<HolidayYear | null>(PREFIX + key, null);
      if (stored) return rememberHolidayYear(key, stored);
      await writePref(PREFIX + key, daysOfYear(country, region, year));
    }),
  );
}

/** Keys of stored holiday years that are no longer of use: another data version, or years past. */
export function staleHolidayKey(key: string, thisYear: number): boolean {
  if (!key.startsWith('holidays:')) return false;
  if (!key.startsWith(PREFIX)) return true;
  const year = Number(key.slice(key.lastIndexOf('-') + 1));
  return !Number.isFinite(year) || year < thisYear - 1;
}
