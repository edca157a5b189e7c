import type Holidays from 'date-holidays';

/** date-holidays' Holidays class, loaded on first call. */
declare function loadDateHolidays(): { default: typeof Holidays } | typeof Holidays;
export = loadDateHolidays;
