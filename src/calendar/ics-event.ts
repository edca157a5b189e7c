import ICAL from 'ical.js';
import * as v from 'valibot';
import { LocalEventSchema } from '../shared/settings-schema';
import { problemsOf } from '../shared/validation';
import { isDayKey } from './day';
import { meterRules, StepsSpent } from './ics-budget';
import { expandable } from './ics-normalise';
import { type DaysContext, daysOf, type EventDays } from './ics-occurrences';

/**
 * One VEVENT of an imported calendar: its days in the import's window, or why it can't be
 * placed. Whatever goes wrong with one event stays with it, so the rest of the file imports.
 */

type Component = InstanceType<typeof ICAL.Component>;

/** Why an event was skipped: i18n keys, each shown with the event's name. */
export const skipReasons = [
  'calendarIcsNoStart',
  'calendarIcsBadDate',
  'calendarIcsBadEvent',
  'calendarIcsAfterWindow',
  'calendarIcsTooManySteps',
  'calendarIcsStepsSpent',
] as const;
export type SkipReason = (typeof skipReasons)[number];

export type EventOutcome = { days: EventDays } | { reason: SkipReason; detail?: string };

const dateProperties = ['dtstart', 'dtend', 'recurrence-id', 'exdate', 'rdate'];

/** `exceptions` are the moved occurrences of the series `vevent` is (RECURRENCE-ID, same UID). */
export function readEvent(vevent: Component, exceptions: Component[], context: DaysContext): EventOutcome {
  if (!vevent.hasProperty('dtstart')) return { reason: 'calendarIcsNoStart' };
  const badDate = impossibleDate(vevent);
  if (badDate) return { reason: 'calendarIcsBadDate', detail: badDate };
  context.budget.startEvent();
  try {
    const { parts, periodEnds } = expandable(vevent);
    const days = merged(
      parts.map((part) => {
        meterRules(part, context.budget);
        return daysOf(new ICAL.Event(part, { exceptions }), periodEnds, context);
      }),
    );
    const wrong = days.occurrences
      .map((occurrence) => v.safeParse(LocalEventSchema, { id: '-', ...occurrence }))
      .find((checked) => !checked.success);
    if (wrong) {
      const problems = problemsOf(wrong.issues).map((problem) => `${problem.path}: ${problem.message}`);
      return { reason: 'calendarIcsBadEvent', detail: problems.join('; ') };
    }
    if (days.after) return { reason: 'calendarIcsAfterWindow', detail: days.after };
    return { days };
  } catch (error) {
    if (error instanceof StepsSpent)
      return { reason: error.scope === 'event' ? 'calendarIcsTooManySteps' : 'calendarIcsStepsSpent' };
    return { reason: 'calendarIcsBadEvent', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The event's title, else its place or UID, as the user will recognise it. */
export function nameOf(vevent: Component): string {
  for (const property of ['summary', 'location']) {
    const value = vevent.getFirstPropertyValue(property);
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
  }
  return uidOf(vevent) || '?';
}

export function uidOf(component: Component): string {
  return String(component.getFirstPropertyValue('uid') ?? '');
}

/** A DTSTART or other date that ical.js would quietly roll over (2026-13-45 to 2027-02-14). */
function impossibleDate(vevent: Component): string | undefined {
  for (const name of dateProperties) {
    for (const property of vevent.getAllProperties(name)) {
      for (const value of property.toJSON().slice(3)) {
        // A PERIOD is a start and an end (or a duration) in one value.
        for (const part of [value].flat()) {
          if (typeof part === 'string' && /^\d/.test(part) && !isDayKey(part.slice(0, 10)))
            return `${name.toUpperCase()} ${part}`;
        }
      }
    }
  }
  return undefined;
}

/** The days of an event expanded in parts: all their occurrences, else the soonest later day. */
function merged(parts: EventDays[]): EventDays {
  const occurrences = parts.flatMap((part) => part.occurrences);
  const after = parts.flatMap((part) => (part.after ? [part.after] : [])).sort()[0];
  return occurrences.length > 0 || !after ? { occurrences } : { occurrences, after };
}
