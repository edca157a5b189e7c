import type { Settings } from '../shared/settings-schema';
import { todayKey } from './day';
import { isOn } from './local-events';
import { daysOn } from './unusual-days';

/**
 * Hashtags of what happens today in the brand's zone: unusual days (regions switched on), custom
 * days and local events on today that have a hashtag. Weekday theme tags are not included; the
 * `theme.missing` rule gets those from `themeFor`.
 */
export function calendarHashtagsFor(now: number, settings: Settings): string[] {
  const today = todayKey(now, settings);
  const tags = daysOn(today, settings).map((day) => day.hashtag);
  for (const event of settings.localEvents) {
    if (event.hashtag && isOn(event, today)) tags.push(event.hashtag);
  }
  return [...new Set(tags)];
}
