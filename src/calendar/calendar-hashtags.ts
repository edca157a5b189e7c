import type { Lang } from '../shared/calendar';
import type { BrandSettings } from '../shared/settings-defaults';
import type { CalendarPlace } from './calendar-days';
import { calendarDaysOn } from './calendar-days';
import { todayKey } from './day';
import { isOn } from './local-events';

/**
 * Hashtags of what happens today in the brand's zone: custom days, the country's holidays (with a
 * `place`), unusual days (regions shown) and local events on today that have a hashtag. Holiday tags
 * follow `lang` (#ActionDeGrâce in French, #Thanksgiving in English). Weekday theme tags are not
 * included; the `theme.missing` rule gets those from `themeFor`.
 */
export function calendarHashtagsFor(
  now: number,
  settings: BrandSettings,
  place?: CalendarPlace,
  lang: Lang = settings.language ?? 'en',
): string[] {
  const today = todayKey(now, settings);
  const tags = calendarDaysOn(today, settings, lang, place).map((day) => day.hashtag);
  for (const event of settings.localEvents) {
    if (event.hashtag && isOn(event, today)) tags.push(event.hashtag);
  }
  return [...new Set(tags)];
}
