import type ICAL from 'ical.js';
import { isHashtag } from '../shared/hashtag';
import { t } from '../shared/i18n';
import type { LocalEvent } from '../shared/settings-schema';
import { addDays } from '../shared/time';
import { daysBetween, isDayKey } from './day';
import { daySpan } from './ics-time';

/**
 * The days each event of an iCalendar file covers, as settings.localEvents items without ids:
 * one item for a single event, one per occurrence for a series (RRULE, RDATE, EXDATE and moved
 * occurrences, as ical.js expands them).
 */

type IcalEvent = InstanceType<typeof ICAL.Event>;
type Time = InstanceType<typeof ICAL.Time>;
export type Occurrence = Omit<LocalEvent, 'id'>;

/**
 * ical.js cannot jump ahead in a series, so a rule that started long ago is walked from its start
 * (about 0.1 ms a step). The cap keeps a FREQ=MINUTELY series from freezing the options page; a
 * daily series reaches today from 1970 within it.
 */
const MAX_STEPS_PER_EVENT = 25_000;
const hashtagInText = /#[\p{L}\p{M}\p{N}_]+/gu;

/** Occurrences that are on at some day from `today` to `horizon`, in `zone`. */
export function* occurrencesOf(
  event: IcalEvent,
  today: string,
  horizon: string,
  zone: string,
): Generator<Occurrence> {
  if (!event.isRecurring()) {
    const occurrence = occurrenceFrom(event, event.startDate, event.endDate, zone);
    if ((occurrence.end ?? occurrence.start) >= today) yield occurrence;
    return;
  }
  const hasExceptions = event.exceptions && Object.keys(event.exceptions).length > 0;
  const { first, last } = daySpan(event.startDate, event.endDate, {}, zone);
  const earliestUseful = addDays(today, -(daysBetween(first, last) + 2));
  const lastUseful = addDays(horizon, 1);
  const iterator = event.iterator();
  for (let step = 0; step < MAX_STEPS_PER_EVENT; step++) {
    const next = iterator.next();
    if (!next) return;
    const original = keyOfTime(next);
    if (!isDayKey(original)) throw new Error(`invalid date ${next.toString()}`);
    // Occurrences come in order of their original date; past the horizon nothing more is wanted.
    if (original > lastUseful) return;
    // Reading an occurrence costs more than finding it; ones long past can't reach today (unless
    // an exception moved them, so series with exceptions are read in full).
    if (!hasExceptions && original < earliestUseful) continue;
    const details = event.getOccurrenceDetails(next);
    const occurrence = occurrenceFrom(details.item, details.startDate, details.endDate, zone);
    if ((occurrence.end ?? occurrence.start) >= today && occurrence.start <= horizon) yield occurrence;
  }
}

function occurrenceFrom(item: IcalEvent, start: Time, end: Time | undefined, zone: string): Occurrence {
  const tzids = { start: tzidOf(item, 'dtstart'), end: tzidOf(item, 'dtend') };
  const { first, last } = daySpan(start, end, tzids, zone);
  if (!isDayKey(first) || !isDayKey(last)) throw new Error(`invalid date ${start.toString()}`);
  const name = clip(text(item.summary)) || clip(text(item.location)) || t('calendarIcsUntitled');
  const place = clip(text(item.location));
  const hashtag = hashtagOf(`${text(item.summary)} ${text(item.description)}`);
  return {
    name,
    start: first,
    ...(last !== first ? { end: last } : {}),
    ...(place ? { place } : {}),
    ...(hashtag ? { hashtag } : {}),
  };
}

function tzidOf(item: IcalEvent, property: string): string | undefined {
  const tzid = item.component.getFirstProperty(property)?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

function keyOfTime(time: Time): string {
  return `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
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
