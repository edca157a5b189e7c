import type { CalendarDay, Lang } from '../shared/calendar';
import type { BrandSettings } from '../shared/settings-defaults';
import type { Holiday, Place } from './holidays';
import { holidaysOn } from './holidays';
import { foldedTag } from './tag-identity';
import { daysOn } from './unusual-days';

/**
 * Everything to mark on a day, from one source for the panel, the popup and the week plan: the
 * brand's custom days, then its country's holidays, then the unusual days of the regions shown.
 */

/** Where the brand is, and the other countries whose unusual days it switched on. */
export interface CalendarPlace extends Place {
  enabledRegions?: readonly string[];
}

/**
 * Days on `day` (`YYYY-MM-DD`) in that order, each hashtag once (accents and case aside, so
 * #FêteDesPères and #FeteDesPeres are one). A holiday hides the dataset entries it stands for.
 * Without a place there are no holidays, and the dataset shows every region not switched off.
 */
export function calendarDaysOn(
  day: string,
  settings: BrandSettings,
  lang: Lang,
  place?: CalendarPlace,
): CalendarDay[] {
  const marked = daysOn(
    day,
    settings,
    place && { countries: [place.country], enabledRegions: place.enabledRegions ?? [] },
  );
  const holidays = place ? holidaysOn(day, { ...place, lang }).map(holidayDay) : [];
  const replaced = new Set(holidays.flatMap((holiday) => holiday.replaces));
  const custom = marked.filter((entry) => entry.source === 'custom');
  const dataset = marked.filter((entry) => entry.source === 'dataset' && !replaced.has(entry.id));
  return withoutRepeatedTags([...custom, ...holidays.map((holiday) => holiday.day), ...dataset]);
}

function holidayDay(holiday: Holiday): { day: CalendarDay; replaces: readonly string[] } {
  const { names, name } = holiday;
  return {
    day: {
      id: holiday.id,
      names: { en: names.en ?? name, fr: names.fr ?? names.en ?? name, ru: names.ru ?? names.en ?? name },
      hashtag: holiday.hashtag,
      region: holiday.country,
      source: 'holiday',
      holidayType: holiday.type,
    },
    replaces: holiday.replaces,
  };
}

function withoutRepeatedTags(days: CalendarDay[]): CalendarDay[] {
  const seen = new Set<string>();
  return days.filter((entry) => {
    const key = foldedTag(entry.hashtag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
