import * as v from 'valibot';
import type { CalendarDay, Names } from '../shared/calendar';
import { isHashtag } from '../shared/hashtag';
import type { BrandSettings } from '../shared/settings-defaults';
import { isLeapYear, monthDayOf, yearOf } from './day';
import type { When } from './day-rules';
import { fallsOn } from './day-rules';
import type { RegionChoice } from './region-visibility';
import { isRegionShown } from './region-visibility';
import dataset from './unusual-days.json';

/**
 * The unusual days (fun and awareness days, national days) the product suggests, from our own
 * dataset, plus the brand's custom days. Loaded in the background, popup and options only: the
 * content script receives a day's suggestions by message, never this file.
 */

const monthDay = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const Name = v.pipe(v.string(), v.trim(), v.minLength(1));

const Rule = v.union([
  v.strictObject({
    month: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12)),
    weekday: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
    nth: v.pipe(v.number(), v.integer(), v.minValue(-5), v.maxValue(5), v.notValue(0)),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-31), v.maxValue(31))),
  }),
  v.strictObject({ dayOfYear: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(366)) }),
]);

const Entry = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  date: v.optional(v.pipe(v.string(), v.regex(monthDay))),
  rule: v.optional(Rule),
  name: v.strictObject({ en: Name, fr: Name, ru: Name }),
  hashtag: v.pipe(v.string(), v.check(isHashtag, 'not a hashtag')),
  /** `international`, or the ISO 3166-1 alpha-2 code of the country that observes it. */
  region: v.pipe(v.string(), v.regex(/^(international|[A-Z]{2})$/)),
});

/** The file's shape, checked by unusual-days.test.ts: the bundled file is ours, and a test run checks it. */
export const Dataset = v.pipe(
  v.array(
    v.pipe(
      Entry,
      v.check((entry) => !entry.date !== !entry.rule, 'needs exactly one of date and rule'),
    ),
  ),
  v.check((entries) => new Set(entries.map((entry) => entry.id)).size === entries.length, 'duplicate id'),
);

export interface UnusualDay {
  id: string;
  when: When;
  names: Names;
  hashtag: string;
  region: string;
}

interface Index {
  all: readonly UnusualDay[];
  /** Fixed days by `MM-DD`, so a day's lookup doesn't scan the whole year. */
  byMonthDay: Map<string, UnusualDay[]>;
  moving: readonly UnusualDay[];
}

let index: Index | undefined;

function loaded(): Index {
  if (!index) {
    // Not validated here: the file is part of the build and unusual-days.test.ts checks it against
    // `Dataset`. Validating its ~900 entries cost ~25 ms of each cold start of the worker, which
    // loads this on its first answer (docs/ARCHITECTURE.md budget: 400 ms).
    const entries = dataset as v.InferOutput<typeof Dataset>;
    const all: UnusualDay[] = entries.map((entry) => ({
      id: entry.id,
      when: entry.date ? { date: entry.date } : { rule: entry.rule! },
      names: entry.name,
      hashtag: entry.hashtag,
      region: entry.region,
    }));
    const byMonthDay = new Map<string, UnusualDay[]>();
    for (const day of all) {
      if ('date' in day.when) byMonthDay.set(day.when.date, [...(byMonthDay.get(day.when.date) ?? []), day]);
    }
    index = { all, byMonthDay, moving: all.filter((day) => 'rule' in day.when) };
  }
  return index;
}

/** The bundled dataset. */
export function unusualDays(): readonly UnusualDay[] {
  return loaded().all;
}

/** The regions present in the dataset, for the options page's on/off switches. */
export function unusualDayRegions(): string[] {
  return [...new Set(unusualDays().map((day) => day.region))].sort();
}

/**
 * Days to mark on `key`: the brand's custom days first (they are the brand's own choice), then the
 * dataset's entries in the regions shown. Without `place`, every region the user has not switched
 * off (the behaviour before brands had a country); with it, the defaults of region-visibility.ts.
 */
export function daysOn(key: string, settings: BrandSettings, place?: RegionPlace): CalendarDay[] {
  const choice = place && { ...place, disabledRegions: settings.disabledRegions };
  const disabled = new Set(settings.disabledRegions);
  const shown = choice
    ? (region: string) => isRegionShown(region, choice)
    : (region: string) => !disabled.has(region);
  return [...customDaysOn(key, settings), ...datasetDaysOn(key, shown)];
}

/** The brand's countries and the other countries it switched on, for `daysOn`. */
export type RegionPlace = Omit<RegionChoice, 'disabledRegions'>;

/**
 * The brand's custom days on `key`. One on 29 February is kept on the 28th in other years, so a
 * yearly day the user entered never silently disappears.
 */
export function customDaysOn(key: string, settings: BrandSettings): CalendarDay[] {
  const monthDay = monthDayOf(key);
  const leapDayMovedHere = monthDay === '02-28' && !isLeapYear(yearOf(key));
  return settings.customDays
    .filter((day) => day.date === monthDay || (leapDayMovedHere && day.date === '02-29'))
    .map((day) => ({
      id: day.id,
      names: { en: day.name, fr: day.name, ru: day.name },
      hashtag: day.hashtag,
      region: 'custom',
      source: 'custom',
    }));
}

/** The dataset's entries on `key` whose region `shown` accepts. */
export function datasetDaysOn(key: string, shown: (region: string) => boolean): CalendarDay[] {
  const { byMonthDay, moving } = loaded();
  return [...(byMonthDay.get(monthDayOf(key)) ?? []), ...moving]
    .filter((day) => shown(day.region) && fallsOn(day.when, key))
    .map((day) => ({
      id: day.id,
      names: day.names,
      hashtag: day.hashtag,
      region: day.region,
      source: 'dataset',
    }));
}
