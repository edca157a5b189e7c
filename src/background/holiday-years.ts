import holidaysPackage from 'date-holidays/package.json' with { type: 'json' };
import type { CalendarPlace } from '../calendar/calendar-days';
import {
  type HolidayYear,
  holidayYearKey,
  holidayYearsOf,
  knowsHolidayYear,
  rememberHolidayYear,
} from '../calendar/holidays';
import { addDays } from '../shared/time';
import { readPref, writePref } from '../store/prefs-repo';
import { computeHolidayYears, type YearRequest } from './holiday-computer';

/** Stored years are date-holidays' answer: a new version of its data computes them again. */
const PREFIX = `holidays:${holidaysPackage.version}:`;

/** Years being computed now, so two requests don't compute one year twice. */
const computing = new Map<string, Promise<void>>();

export interface PrepareOptions {
  /** Wait for years that must be computed (the popup); else they are computed behind (the panel). */
  wait: boolean;
  /** Told when years computed behind become known, so open pages ask again. */
  onComputed?: () => void;
  compute?: (requests: readonly YearRequest[]) => Promise<HolidayYear[]>;
}

/**
 * Makes the holidays of the week from `day` known to the calendar (src/calendar/holidays.ts): from
 * memory, else from storage (a few milliseconds), else computed once with date-holidays outside the
 * service worker and stored. The first answer of a cold worker (docs/ARCHITECTURE.md budget: 400 ms) never
 * waits for the library: the panel's advice comes without the holidays just this once, and gets
 * them when they are ready.
 */
export async function prepareHolidays(
  place: CalendarPlace | undefined,
  day: string,
  { wait, onComputed, compute = computeHolidayYears }: PrepareOptions,
): Promise<void> {
  if (!place) return;
  const wanted = new Map<string, YearRequest>();
  for (const when of [day, addDays(day, 7)]) {
    for (const year of holidayYearsOf(place, when))
      wanted.set(holidayYearKey(year.country, year.region, year.year), year);
  }
  const missing: [string, YearRequest][] = [];
  await Promise.all(
    [...wanted].map(async ([key, request]) => {
      if (knowsHolidayYear(key)) return;
      const stored = await readPref<HolidayYear | null>(PREFIX + key, null);
      if (stored) rememberHolidayYear(key, stored);
      else missing.push([key, request]);
    }),
  );
  const toCompute = missing.filter(([key]) => !computing.has(key));
  if (toCompute.length > 0) {
    const job = compute(toCompute.map(([, request]) => request)).then(async (years) => {
      await Promise.all(
        toCompute.map(async ([key], index) => {
          rememberHolidayYear(key, years[index]);
          await writePref(PREFIX + key, years[index]);
        }),
      );
    });
    const done = job.finally(() => {
      for (const [key] of toCompute) computing.delete(key);
    });
    for (const [key] of toCompute) computing.set(key, done);
    if (!wait)
      void done.then(onComputed, (error: unknown) =>
        console.warn('SMM Assistant: holidays not computed', error),
      );
  }
  if (wait) await Promise.all(missing.map(([key]) => computing.get(key)));
}

/** Keys of stored holiday years that are no longer of use: another data version, or years past. */
export function staleHolidayKey(key: string, thisYear: number): boolean {
  if (!key.startsWith('holidays:')) return false;
  if (!key.startsWith(PREFIX)) return true;
  const year = Number(key.slice(key.lastIndexOf('-') + 1));
  return !Number.isFinite(year) || year < thisYear - 1;
}
