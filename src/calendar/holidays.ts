import type Holidays from 'date-holidays';
import type { HolidaysTypes } from 'date-holidays';
import { isHashtag } from '../shared/hashtag';
import { addDays } from '../shared/time';
import { isAvoidedHashtag } from './avoided-hashtags';
import loadDateHolidays from './date-holidays-lazy.cjs';
import type { Lang, Names } from './day';
import { languages, yearOf } from './day';
import { holidayLabel } from './holiday-labels';
import { extraRules } from './holiday-rules';

/**
 * Public holidays and observances of the brand's country (and regions), from date-holidays, so
 * Easter, Pentecost and Mother's Day fall right every year. Heavy: date-holidays carries every
 * country's rules and, through moment-timezone, the whole time-zone database (it adds about
 * 1.43 MB minified, 244 KB gzipped, to the background bundle), so only the background, the popup
 * and the options may import this file, never the content script.
 */

export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance';

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

// date-holidays instances parse every rule of a country when built, and a year's days take tens of
// milliseconds: both are kept, a few of each, most recently used last.
const instances = new Map<string, Holidays>();
const years = new Map<string, HolidayYear>();
const MAX_INSTANCES = 12;
const MAX_YEARS = 48;

function cached<V>(cache: Map<string, V>, key: string, limit: number, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const value = make();
  cache.set(key, value);
  if (cache.size > limit) cache.delete(cache.keys().next().value as string);
  return value;
}

/** The library, loaded on first use (a CommonJS module may hand its class as `default`). */
let HolidaysClass: typeof Holidays | undefined;
function library(): typeof Holidays {
  if (!HolidaysClass) {
    const loaded = loadDateHolidays();
    HolidaysClass = 'default' in loaded ? loaded.default : loaded;
  }
  return HolidaysClass;
}

function instanceFor(country: string, region: string | undefined): Holidays {
  const id = region ? `${country}-${region}` : country;
  return cached(instances, id, MAX_INSTANCES, () => {
    const Library = library();
    const holidays = region ? new Library(country, region) : new Library(country);
    for (const extra of [...(extraRules[country] ?? []), ...(region ? (extraRules[id] ?? []) : [])]) {
      if (extra.mode === 'fill' && holidays.getRule(extra.rule)) continue;
      holidays.setHoliday(extra.rule, { ...extra.options, name: { ...(extra.options.name as object) } });
    }
    return holidays;
  });
}

/**
 * One year of a country's (or region's) holidays by day key (a multi-day holiday is on each of its
 * days): plain data, so the background can keep it in storage and a cold worker needn't load
 * date-holidays for a year it has seen.
 */
export type HolidayYear = Record<string, YearEntry[]>;

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

/** A year already computed (in storage): remembered, so date-holidays isn't loaded for it. */
export function rememberHolidayYear(key: string, year: HolidayYear): void {
  cached(years, key, MAX_YEARS, () => year);
}

export function knowsHolidayYear(key: string): boolean {
  return years.has(key);
}

/** The year's holidays, from memory, else computed with date-holidays (loaded on first need). */
export function daysOfYear(country: string, region: string | undefined, year: number): HolidayYear {
  return cached(years, holidayYearKey(country, region, year), MAX_YEARS, () => {
    const holidays = instanceFor(country, region);
    const byDay: HolidayYear = {};
    for (const found of holidays.getHolidays(year)) {
      // A substitute is the day off for a holiday on a weekend; the holiday itself is the day to mark.
      if (found.substitute) continue;
      const names = namesOfRule(holidays, found.rule);
      const entry: YearEntry = {
        key: holidayKey(names, found.rule),
        type: found.type as HolidayType,
        names,
        ownName: found.name,
      };
      const first = found.date.slice(0, 10);
      const length = Math.max(1, Math.round((found.end.getTime() - found.start.getTime()) / 86_400_000));
      for (let offset = 0; offset < length; offset++) {
        const day = addDays(first, offset);
        byDay[day] = [...(byDay[day] ?? []), entry];
      }
    }
    return byDay;
  });
}

/** A rule's names in every language date-holidays has (its typings omit the rule's fields). */
function namesOfRule(holidays: Holidays, rule: string): Record<string, string> {
  const found = holidays.getRule(rule) as unknown as HolidaysTypes.HolidayRule | undefined;
  const names = found?.name ?? {};
  return typeof names === 'string' ? { [holidays.getLanguages()[0]]: names } : { ...names };
}

let countryNames: Record<string, string> | undefined;

/** The countries date-holidays knows, `{ code, name }` sorted by their name in `lang`. */
export function countries(lang: string): { code: string; name: string }[] {
  countryNames ??= new (library())().getCountries('en');
  const display = regionNames(lang);
  return Object.entries(countryNames)
    .map(([code, name]) => ({ code, name: display?.of(code) ?? name }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** The regions (date-holidays' states) of a country, `{ code, name }` sorted by name; may be empty. */
export function regionsOf(country: string, lang: string): { code: string; name: string }[] {
  const states = new (library())().getStates(country.toUpperCase(), lang) ?? {};
  return Object.entries(states)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

/**
 * The country a browser locale points to (`fr-BE` → BE, `fr` → FR, `en` → US), if date-holidays
 * knows it: the default country of a new brand.
 */
export function countryOfLocale(locale: string): string | undefined {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && countries('en').some((country) => country.code === region) ? region : undefined;
  } catch {
    return undefined;
  }
}

function regionNames(lang: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' });
  } catch {
    return undefined;
  }
}
