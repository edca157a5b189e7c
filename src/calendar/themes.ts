import type { DayThemeOfDate } from '../shared/calendar';
import type { BrandSettings } from '../shared/settings-defaults';
import { weekdayOf } from './day';

/** The theme of the weekday that `key` (`YYYY-MM-DD`, already in the brand's zone) falls on. */
export function themeFor(key: string, settings: BrandSettings): DayThemeOfDate {
  const weekday = weekdayOf(key);
  const theme = settings.weekdayThemes[weekday];
  return { weekday, hashtags: [...theme.hashtags], idea: theme.idea };
}
