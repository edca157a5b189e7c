/** Weekday keys in `Date.prototype.getDay()` order (Sunday is 0), as used in settings and exports. */
export const weekdays = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type Weekday = (typeof weekdays)[number];
