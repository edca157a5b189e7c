import type { HolidayType } from '../shared/calendar';
import { type Lang, languages, type Names } from '../shared/calendar';
import { isHashtag } from '../shared/hashtag';
import { isAvoidedHashtag } from './avoided-hashtags';
import { yearOf } from './day';
import { holidayLabel } from './holiday-labels';

/**
 * Public holidays and observances of the brand's country (and regions), from date-holidays, so
 * Easter, Pentecost and Mother's Day fall right every year. Heavy: date-holidays carries every
 * country's rules and, through moment-timezone, the whole time-zone database (it adds about
 * 1.43 MB minified, 244 KB gzipped, to the background bundle), so only the background, the popup
 * and the options may import this file, never the content script.
 */

/** Where the brand is: an ISO 3166-1 alpha-2 country, and optionally its regions (`QC`, `VD`). */
export interface Place {
  country: string;
  /** date-holidays' states of the country (ISO 3166-2 without the country: `QC`, `VD`, `BY`). */
  regions?: readonly string[];
}

export interface HolidayQuery extends Place {
  lang: Lang;
  /** School holidays are periods, not days to post about, so they are left out unless asked for. */
  types?: readonly HolidayType[];
}

export interface Holiday {
  /** `holiday-<country>-<key>`, stable across languages and years. */
  id: string;
  /** The English name as a slug (`mothers-day`), what holiday-labels.ts is keyed by. */
  key: string;
  /** Names in our languages, where known. */
  names: Partial<Names>;
  /** The name in the language asked, else English, else the country's own. */
  name: string;
  hashtag: string;
  type: HolidayType;
  country: string;
  /** Unusual-days entries this holiday stands for. */
  replaces: readonly string[];
}

export const defaultHolidayTypes: readonly HolidayType[] = ['public', 'bank', 'optional', 'observance'];

/** One holiday as computed for a year, before a language is chosen. */
export interface YearEntry {
  key: string;
  type: HolidayType;
  names: Record<string, string>;
  /** Name in the country's own language, the last resort. */
  ownName: string;
}

/** Holidays on `day` (`YYYY-MM-DD`) for a place. Several regions give the union of their days. */
export function holidaysOn(day: string, query: HolidayQuery): Holiday[] {
  const country = query.country.toUpperCase();
  const types = query.types ?? defaultHolidayTypes;
  const regions = query.regions?.length ? query.regions : [undefined];
  const found = new Map<string, Holiday>();
  for (const region of regions) {
    for (const year of [yearOf(day), yearOf(day) - 1]) {
      for (const entry of daysOfYear(country, region, year)[day] ?? []) {
        if (!types.includes(entry.type)) continue;
        const holiday = toHoliday(entry, country, query.lang);
        if (!found.has(holiday.id)) found.set(holiday.id, holiday);
      }
    }
  }
  return [...found.values()];
}

function toHoliday(entry: YearEntry, country: string, lang: Lang): Holiday {
  const label = holidayLabel(country, entry.key);
  const names: Partial<Names> = {};
  for (const language of languages) {
    const name = label.names?.[language] ?? entry.names[language];
    if (name) names[language] = name;
  }
  const name = names[lang] ?? names.en ?? entry.ownName;
  // A tag made from a name can be one to avoid (Ireland's "May Day" gives #MayDay): take the next.
  const hashtag =
    [
      label.hashtags?.[lang],
      hashtagFromName(name),
      hashtagFromName(names.en ?? ''),
      hashtagFromName(`${entry.key.replace(/-/g, ' ')} ${country}`),
    ].find((tag): tag is string => tag !== undefined && !isAvoidedHashtag(tag)) ?? '#Holiday';
  return {
    id: `holiday-${country.toLowerCase()}-${entry.key}`,
    key: entry.key,
    names,
    name,
    hashtag,
    type: entry.type,
    country,
    replaces: label.replaces ?? [],
  };
}

/**
 * A tag from a holiday's name, words joined in CamelCase with their accents and letters kept
 * ("Lundi de Pâques" → #LundiDePâques, "Mother's Day" → #MothersDay, "День России" → #ДеньРоссии).
 * Undefined when the name makes no valid tag.
 */
export function hashtagFromName(name: string): string | undefined {
  const words = name
    .normalize('NFC')
    .replace(/['’ʼ`]/g, '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
  const tag = `#${words.map((word) => word[0].toLocaleUpperCase() + word.slice(1)).join('')}`;
  return isHashtag(tag) ? tag : undefined;
}

/** The key of a holiday: its English name (else its first name) as an ASCII slug. */
export function holidayKey(names: Record<string, string>, fallback: string): string {
  const source = names.en ?? Object.values(names)[0] ?? fallback;
  return source
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * One year of a country's (or region's) holidays by day key (a multi-day holiday is on each of its
 * days): plain data. date-holidays, with its data, weighs 1.4 MB: it is never part of the service
 * worker. Years are computed where it can be loaded (holiday-compute.ts: the options page, Firefox's
 * background page, Chrome's offscreen document) and kept in storage; here they are only read.
 */
export type HolidayYear = Record<string, YearEntry[]>;

/** Computes a year this module has not been given, where date-holidays is at hand. */
export type HolidayComputer = (country: string, region: string | undefined, year: number) => HolidayYear;

const years = new Map<string, HolidayYear>();
const MAX_YEARS = 48;
let computer: HolidayComputer | undefined;

/** Where date-holidays is loaded, missing years are computed on demand instead of left empty. */
export function computeMissingHolidayYears(compute: HolidayComputer): void {
  computer = compute;
}

/** Names a year of holidays: `FR--2027`, `CA-QC-2027`. */
export function holidayYearKey(country: string, region: string | undefined, year: number): string {
  return `${country.toUpperCase()}-${region ?? ''}-${year}`;
}

/** The years a day's holidays are read from, per region of the place (a holiday may start the year before). */
export function holidayYearsOf(
  place: Place,
  day: string,
): { country: string; region?: string; year: number }[] {
  const country = place.country.toUpperCase();
  const regions = place.regions?.length ? place.regions : [undefined];
  return regions.flatMap((region) =>
    [yearOf(day) - 1, yearOf(day)].map((year) => ({ country, ...(region ? { region } : {}), year })),
  );
}

/** A year computed elsewhere (or read from storage), kept for the lookups; the oldest go first. */
export function rememberHolidayYear(key: string, year: HolidayYear): void {
  years.delete(key);
  years.set(key, year);
  if (years.size > MAX_YEARS) years.delete(years.keys().next().value as string);
}

export function knowsHolidayYear(key: string): boolean {
  return years.has(key);
}

/** A year's holidays: given before, else computed here if this context can, else none known. */
function daysOfYear(country: string, region: string | undefined, year: number): HolidayYear {
  const key = holidayYearKey(country, region, year);
  const known = years.get(key);
  if (known) return known;
  if (!computer) return {};
  const computed = computer(country, region, year);
  rememberHolidayYear(key, computed);
  return computed;
}
