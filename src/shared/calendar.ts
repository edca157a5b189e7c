import type { Category, Format } from './content-types';
import type { LocalEvent } from './settings-schema';
import type { Weekday } from './weekdays';

/**
 * What the calendar answers, as it travels to the panel and the popup: the days to mark, the
 * weekday's theme, the suggestions and the week's plan. The calendar (src/calendar) computes them.
 */

export const languages = ['en', 'fr', 'ru'] as const;
/** The languages of day names, themes and ideas. */
export type Lang = (typeof languages)[number];
export type Names = Record<Lang, string>;

export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance';

/** A day to mark on a given date: a dataset entry, or one of the brand's custom days. */
export interface CalendarDay {
  id: string;
  names: Names;
  hashtag: string;
  /** Dataset region, the holiday's country, or `custom` for the brand's own days. */
  region: string;
  source: 'dataset' | 'custom' | 'holiday';
  /** For a holiday: public holiday, bank holiday, observance… */
  holidayType?: HolidayType;
}

/** The handbook's "a theme per weekday, as hashtags", as the brand has edited it in the options. */
export interface DayThemeOfDate {
  weekday: Weekday;
  hashtags: string[];
  idea: string;
}

export type SuggestionKind = 'theme' | 'day' | 'event';

/** One thing the brand could post about, with the hashtag the panel offers to insert. */
export interface Suggestion {
  kind: SuggestionKind;
  /** The tag to insert; absent only for a local event the user gave no hashtag. */
  hashtag?: string;
  /** The content category a post about it fills: `theme`, `holiday` or `local-event`. */
  category: Category;
  /** What it is, in `lang` (dataset names) or as the user typed it (events, custom days). */
  label: string;
  /** All three names, for unusual days and holidays. */
  names?: Names;
  /** For a holiday of the brand's country: public holiday, observance… */
  holidayType?: HolidayType;
  /** A line of advice on what to post. */
  idea: string;
  /** Day it is about, `YYYY-MM-DD`: today, or the event's first day (earlier when already on). */
  date: string;
  /** Last day of a multi-day event. */
  end?: string;
  /** Days from today; 0 for today and for events already on. */
  daysUntil: number;
  place?: string;
  /** Whether the brand used this hashtag today or in the six days before. */
  usedLastWeek: boolean;
  /** Id of the unusual day, holiday, custom day or local event it comes from. */
  sourceId?: string;
}

/** One day of the popup's week view. */
export interface PlanDay {
  /** `YYYY-MM-DD` in the brand's zone. */
  date: string;
  weekday: Weekday;
  isToday: boolean;
  theme: DayThemeOfDate;
  /** Custom days, holidays and unusual days on this date, in that order. */
  days: CalendarDay[];
  /** The day to headline: the first custom day, else the first holiday, else the dataset's first. */
  notableDay?: CalendarDay;
  /** The brand's events on during this date. */
  events: LocalEvent[];
  /** The content category the mix most needs that day. */
  neededCategory: Category;
  /** The format the mix most needs that day. */
  neededFormat: Format;
  /** Posts logged on this date. */
  postCount: number;
  posted: boolean;
}
