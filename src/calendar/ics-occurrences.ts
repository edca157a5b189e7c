import type ICAL from 'ical.js';
import { isHashtag } from '../shared/hashtag';
import { t } from '../shared/i18n';
import type { LocalEvent } from '../shared/settings-schema';
import { addDays } from '../shared/time';
import { daysBetween, isDayKey } from './day';
import type { StepBudget } from './ics-budget';
import { daySpan, keyOfTime } from './ics-time';

/**
 * The days each event of an iCalendar file covers, as settings.localEvents items without ids:
 * one item for a single event, one per occurrence for a series. ical.js expands the series (RRULE,
 * RDATE, EXDATE, moved occurrences); this file places each occurrence on the brand's days and
 * keeps those in the import's window.
 */

type IcalEvent = InstanceType<typeof ICAL.Event>;
type Time = InstanceType<typeof ICAL.Time>;
export type Occurrence = Omit<LocalEvent, 'id'>;

export interface ImportWindow {
  /** First day kept: occurrences over before it are past. */
  today: string;
  /** Last day kept. */
  horizon: string;
  /** The brand's zone, to place timed and floating values on days. */
  zone: string;
}

export interface EventDays {
  /** Occurrences on at some day of the window, in the order of the series. */
  occurrences: Occurrence[];
  /** When none is in the window but the event comes later: its first day after the window. */
  after?: string;
}

export interface DaysContext {
  window: ImportWindow;
  budget: StepBudget;
  /** Steps placing one occurrence costs. */
  readSteps: number;
  /** Events the import keeps: a series with more distinct days than this in the window is cut. */
  maxEvents: number;
}

const hashtagInText = /#[\p{L}\p{M}\p{N}_]+/gu;

/**
 * The days of `event` in the window. `periodEnds` are the ends of its RDATE periods (see
 * ics-normalise.ts). Placing an occurrence spends `readSteps`; ical.js's search spends the rest
 * through the meter on the event's rules. Throws StepsSpent when the budget runs out.
 */
export function daysOf(
  event: IcalEvent,
  periodEnds: ReadonlyMap<string, Time>,
  context: DaysContext,
): EventDays {
  const { window, budget, readSteps, maxEvents } = context;
  const { today, horizon, zone } = window;
  if (!event.isRecurring()) {
    // Dates as written are within a day of where any zone puts them: a calendar's history is
    // stepped over without placing each event.
    const written = { first: keyOfTime(event.startDate), last: keyOfTime(event.endDate) };
    if (written.last < addDays(today, -1)) return { occurrences: [] };
    if (written.first > addDays(horizon, 1)) return { occurrences: [], after: written.first };
    budget.spend(readSteps);
    const occurrence = occurrenceFrom(event, event.startDate, event.endDate, zone);
    if ((occurrence.end ?? occurrence.start) < today) return { occurrences: [] };
    if (occurrence.start > horizon) return { occurrences: [], after: occurrence.start };
    return { occurrences: [occurrence] };
  }

  const longest = Math.max(daysLong(event.startDate, event.endDate), ...[...periodEnds].map(periodLength));
  // Occurrences come in order of their original date: one that began well before today can only
  // reach it if an exception moved it, so the others are stepped over without being placed.
  const earliestUseful = addDays(today, -(longest + 2));
  const lastUseful = addDays(horizon, 1);
  const movable = movedDays(event);
  const occurrences: Occurrence[] = [];
  // Occurrences a few seconds apart land on the same day: one item for them.
  const distinct = new Set<string>();
  let after: string | undefined;
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    // Handing out an occurrence costs ical.js about as much as testing a candidate.
    budget.spend();
    const original = keyOfTime(next);
    if (!isDayKey(original)) throw new Error(`invalid date ${next.toString()}`);
    if (original > lastUseful) {
      after ??= original;
      break;
    }
    if (original < earliestUseful && !movable(original)) continue;
    budget.spend(readSteps);
    const details = event.getOccurrenceDetails(next);
    const own = details.item === event;
    const end = own ? (periodEnds.get(next.toString()) ?? details.endDate) : details.endDate;
    // A series' own occurrence ends `duration` after its start, in the start's zone.
    const occurrence = occurrenceFrom(details.item, details.startDate, end, zone, own);
    if ((occurrence.end ?? occurrence.start) < today) continue;
    if (occurrence.start > horizon) {
      after ??= occurrence.start;
      continue;
    }
    const key = keyOfOccurrence(occurrence);
    if (distinct.has(key)) continue;
    distinct.add(key);
    occurrences.push(occurrence);
    // The import keeps the soonest `maxEvents`: later days of this series could not be among them.
    if (distinct.size > maxEvents) break;
  }
  return occurrences.length > 0 ? { occurrences } : { occurrences, ...(after ? { after } : {}) };
}

/**
 * Whether an occurrence on `day` (its original date) may have been moved by an exception, so must
 * be placed even when it is long past. A RANGE=THISANDFUTURE exception moves every later one.
 */
function movedDays(event: IcalEvent): (day: string) => boolean {
  const exceptions = Object.values(event.exceptions ?? {}) as IcalEvent[];
  if (exceptions.some((exception) => exception.modifiesFuture())) return () => true;
  const days = new Set<string>();
  for (const exception of exceptions) {
    // The RECURRENCE-ID may be written in another zone than the series: a day either side.
    const day = keyOfTime(exception.recurrenceId);
    for (const offset of [-1, 0, 1]) days.add(addDays(day, offset));
  }
  return (day) => days.has(day);
}

/** Two occurrences with this key are the same item in the brand's list. */
export function keyOfOccurrence(occurrence: Occurrence): string {
  return [occurrence.name, occurrence.start, occurrence.end, occurrence.place].join('\u0000');
}

function daysLong(start: Time, end: Time | undefined): number {
  return end ? Math.max(0, daysBetween(keyOfTime(start), keyOfTime(end))) : 0;
}

function periodLength([start, end]: [string, Time]): number {
  return Math.max(0, daysBetween(start.slice(0, 10), keyOfTime(end)));
}

function occurrenceFrom(
  item: IcalEvent,
  start: Time,
  end: Time | undefined,
  zone: string,
  endFromStart = false,
): Occurrence {
  const startTzid = tzidOf(item, 'dtstart');
  const endTzid = endFromStart || !item.component.hasProperty('dtend') ? startTzid : tzidOf(item, 'dtend');
  const { first, last } = daySpan(start, end, { start: startTzid, end: endTzid }, zone);
  if (!isDayKey(first) || !isDayKey(last)) throw new Error(`invalid date ${start.toString()}`);
  const name = clip(text(item.summary)) || clip(text(item.location)) || t('calendarIcsUntitled');
  const place = clip(text(item.location));
  const hashtag = hashtagOf(`${text(item.summary)} ${text(item.description)}`);
  return {
    name,
    start: first,
    ...(last > first ? { end: last } : {}),
    ...(place ? { place } : {}),
    ...(hashtag ? { hashtag } : {}),
  };
}

function tzidOf(item: IcalEvent, property: string): string | undefined {
  const tzid = item.component.getFirstProperty(property)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

/** The first hashtag the organiser wrote in the title or description, if any. */
function hashtagOf(value: string): string | undefined {
  return value.match(hashtagInText)?.find(isHashtag);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function clip(value: string): string {
  return value.length > 200 ? `${value.slice(0, 199)}…` : value;
}
