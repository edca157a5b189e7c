import { t } from '../shared/i18n';
import type { Problem } from '../shared/validation';

/**
 * How much one calendar import may take. The limits keep the options page responsive and the
 * settings small (they travel to every tab): a file past the size limit is refused before it is
 * read, and a calendar that would expand past the others is cut, with the cut named.
 */
export interface IcsLimits {
  /** Largest file accepted, in bytes (checked on File.size) and in characters of its text. */
  maxFileBytes: number;
  /** Days from today the import covers: later occurrences and events are left out. */
  windowDays: number;
  /** Events one import adds at most; the soonest are kept. */
  maxEvents: number;
  /**
   * Work for the whole file, counted in steps so the cut falls at the same place on any machine:
   * one step per candidate date ical.js tests for a repeat rule and per occurrence it hands out,
   * `readSteps` per occurrence placed on the brand's days (see ics-budget.ts).
   */
  totalSteps: number;
  /** The share of `totalSteps` one event may use: a runaway rule can't starve the others. */
  stepsPerEvent: number;
  /** Steps placing one occurrence costs: time zones, moved occurrences, about ten candidates' work. */
  readSteps: number;
}

export const icsLimits: IcsLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  windowDays: 365,
  maxEvents: 500,
  // The whole budget is about 0.6 s of CPU on a busy 2-core machine (500 FREQ=SECONDLY series, or
  // 500 rules no day matches, parsing included).
  totalSteps: 100_000,
  // A daily series from 1970 reaches a year ahead in 45,334 steps; an hourly one can't.
  stepsPerEvent: 50_000,
  readSteps: 10,
};

/** The problem for a file over the size limit, or undefined when it fits. */
export function fileSizeProblem(bytes: number, limits: IcsLimits = icsLimits): Problem | undefined {
  if (bytes <= limits.maxFileBytes) return undefined;
  return {
    path: '',
    message: 'calendarIcsTooLarge',
    received: t('calendarIcsSizeFigures', [megabytes(bytes), megabytes(limits.maxFileBytes)]),
  };
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}
