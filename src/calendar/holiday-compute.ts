import type { HolidaysTypes } from 'date-holidays';
import Holidays from 'date-holidays';
import type { HolidayType } from '../shared/calendar';
import { addDays } from '../shared/time';
import { extraRules } from './holiday-rules';
import { type HolidayYear, holidayKey, type YearEntry } from './holidays';

/**
 * The part of the holidays that needs date-holidays (1.4 MB with its data and moment-timezone):
 * computing a year of a country's holidays, and the lists of countries and regions. Loaded only
 * where a large module costs nothing at the wrong time: the options page, Firefox's background page
 * and Chrome's offscreen document (never the service worker, whose cold start it would slow).
 */

// date-holidays instances parse every rule of a country when built: a few are kept.
const instances = new Map<string, Holidays>();
const MAX_INSTANCES = 12;

function instanceFor(country: string, region: string | undefined): Holidays {
  const id = region ? `${country}-${region}` : country;
  const hit = instances.get(id);
  if (hit) return hit;
  const holidays = region ? new Holidays(country, region) : new Holidays(country);
  for (const extra of [...(extraRules[country] ?? []), ...(region ? (extraRules[id] ?? []) : [])]) {
    if (extra.mode === 'fill' && holidays.getRule(extra.rule)) continue;
    holidays.setHoliday(extra.rule, { ...extra.options, name: { ...(extra.options.name as object) } });
  }
  instances.set(id, holidays);
  if (instances.size > MAX_INSTANCES) instances.delete(instances.keys().next().value as string);
  return holidays;
}

/** One year of a country's (or region's) holidays by day key; a multi-day holiday is on each day. */
export function computeHolidayYear(country: string, region: string | undefined, year: number): HolidayYear {
  const holidays = instanceFor(country.toUpperCase(), region);
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
  countryNames ??= new Holidays().getCountries('en');
  const display = regionNames(lang);
  return Object.entries(countryNames)
    .map(([code, name]) => ({ code, name: display?.of(code) ?? name }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** The regions (date-holidays' states) of a country, `{ code, name }` sorted by name; may be empty. */
export function regionsOf(country: string, lang: string): { code: string; name: string }[] {
  const states = new Holidays().getStates(country.toUpperCase(), lang) ?? {};
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
