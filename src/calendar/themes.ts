import type { BrandSettings } from '../shared/settings-defaults';
import type { Weekday } from '../shared/weekdays';
import { weekdayOf } from './day';

/** The handbook's "a theme per weekday, as hashtags", as the brand has edited it in the options. */
export interface DayThemeOfDate {
  weekday: Weekday;
  hashtags: string[];
  idea: string;
}

/** The theme of the weekday that `key` (`YYYY-MM-DD`, already in the brand's zone) falls on. */
export function themeFor(key: string, settings: BrandSettings): DayThemeOfDate {
  const weekday = weekdayOf(key);
  const theme = settings.weekdayThemes[weekday];
  return { weekday, hashtags: [...theme.hashtags], idea: theme.idea };
}
