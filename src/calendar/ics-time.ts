import type ICAL from 'ical.js';
import { addDays, dayKey, epochOf } from '../shared/time';
import { keyOf } from './day';

/**
 * Turning iCalendar times into day keys in the brand's zone. All-day values are dates with no zone
 * and are taken as they are; timed values are placed on the time line first, then read in the
 * brand's zone, so an event at 23:30 in New York lands on the next day for a brand in Paris.
 */

type Time = InstanceType<typeof ICAL.Time>;

const knownZones = new Map<string, boolean>();

/** Whether Intl knows `zone` (an IANA name such as `Europe/Paris`). */
export function isIanaZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(zone, known);
  }
  return known;
}

/**
 * The IANA zone whose wall clock a timed value is read on, or undefined for a zone only the file
 * defines. `tzid` is the TZID written on the property the value came from: ical.js keeps a zone on
 * the value only when the file defines it, so the name is passed along. A zone Intl knows is used
 * through Intl (current rules, even when the file carries an outdated VTIMEZONE); a zone only the
 * file defines (Outlook's "W. Europe Standard Time") through that VTIMEZONE, as ical.js read it;
 * a floating time, or a TZID nobody defines, is on the brand's clock.
 */
function clockOf(time: Time, tzid: string | undefined, zone: string): string | undefined {
  if (time.zone?.tzid === 'UTC') return 'UTC';
  const defined = time.zone?.component ? time.zone.tzid : undefined;
  const named = defined ?? tzid;
  if (named && isIanaZone(named)) return named;
  return defined ? undefined : zone;
}

/** Epoch ms of a timed value, on the clock `clockOf` finds. */
export function epochOfTime(time: Time, tzid: string | undefined, zone: string): number {
  const clock = clockOf(time, tzid, zone);
  if (clock === undefined) return time.toUnixTime() * 1000;
  const seconds = time.second * 1000;
  if (clock === 'UTC') return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute) + seconds;
  return epochOf(clock, time.year, time.month, time.day, time.hour, time.minute) + seconds;
}

/** First and last day (inclusive) an occurrence covers in `zone`. */
export function daySpan(
  start: Time,
  end: Time | undefined,
  tzids: { start?: string; end?: string },
  zone: string,
): { first: string; last: string } {
  const endTzid = tzids.end ?? tzids.start;
  if (start.isDate || (onClock(start, tzids.start, zone) && (!end || onClock(end, endTzid, zone)))) {
    // Dates, and times on the brand's own clock, are read as written: no zone arithmetic.
    const first = keyOfTime(start);
    if (!end) return { first, last: first };
    // DTEND is exclusive: a date end (10 to 13 June is the 10th to the 12th), or an end at
    // midnight (20:00–00:00 is a one-day event), belongs to the day before.
    const exclusive = end.isDate || (end.hour === 0 && end.minute === 0 && end.second === 0);
    const endKey = keyOfTime(end);
    const last = exclusive ? addDays(endKey, -1) : endKey;
    // An end before the start (or a zero-length day) is a one-day event.
    return last > first ? { first, last } : { first, last: first };
  }
  const startEpoch = epochOfTime(start, tzids.start, zone);
  const endEpoch = end ? epochOfTime(end, endTzid, zone) : startEpoch;
  return { first: dayKey(startEpoch, zone), last: dayKey(Math.max(startEpoch, endEpoch - 1), zone) };
}

function onClock(time: Time, tzid: string | undefined, zone: string): boolean {
  return clockOf(time, tzid, zone) === zone;
}

/** The date part of a value as written (no zone applied): `2026-03-10`. */
export function keyOfTime(time: Time): string {
  return keyOf(time.year, time.month, time.day);
}
