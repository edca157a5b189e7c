/**
 * The calendar: weekday themes, holidays, unusual days, local events, and what they suggest for a
 * date. For the background, popup and options (date-holidays is large); the content script gets a
 * day's suggestions by message.
 * `importIcs` is not re-exported here: import it from './ics-import' (options page only) so
 * ical.js stays out of the other bundles.
 */

export type { CalendarPlace } from './calendar-days';
export { calendarDaysOn } from './calendar-days';
export { calendarHashtagsFor } from './calendar-hashtags';
export type { Lang, Names } from './day';
export { todayKey, zoneOf } from './day';
export type { DayRule, When } from './day-rules';
export type { Holiday, HolidayType, Place } from './holidays';
export { countries, countryOfLocale, holidaysOn, regionsOf } from './holidays';
export type { RegionChoice } from './region-visibility';
export { isRegionShown, isShownByDefault, withRegionShown } from './region-visibility';
export type { Suggestion, SuggestionKind } from './suggestions';
export { EVENT_LOOKAHEAD_DAYS, suggestionsFor } from './suggestions';
export type { DayThemeOfDate } from './themes';
export { themeFor } from './themes';
export type { CalendarDay, UnusualDay } from './unusual-days';
export { daysOn, unusualDayRegions, unusualDays } from './unusual-days';
export type { PlanDay } from './week-plan';
export { PLAN_DAYS, weekPlan } from './week-plan';
