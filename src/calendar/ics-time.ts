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
 * Epoch ms of a timed value. `tzid` is the TZID parameter written on the property. An IANA name
 * goes through Intl (current rules, no dataset); a zone only the file defines (Outlook's
 * "W. Europe Standard Time") uses the file's VTIMEZONE; a floating time is the brand's wall time.
 */
export function epochOfTime(time: Time, tzid: string | undefined, zone: string): number {
  const seconds = time.second * 1000;
  if (time.zone?.tzid === 'UTC') {
    return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute) + seconds;
  }
  if (tzid && isIanaZone(tzid))
    return epochOf(tzid, time.year, time.month, time.day, time.hour, time.minute) + seconds;
  if (time.zone?.component) return time.toUnixTime() * 1000;
  return epochOf(zone, time.year, time.month, time.day, time.hour, time.minute) + seconds;
}

/** First and last day (inclusive) an occurrence covers in `zone`. */
export function daySpan(
  start: Time,
  end: Time | undefined,
  tzids: { start?: string; end?: string },
  zone: string,
): { first: string; last: string } {
  if (start.isDate) {
    const first = keyOf(start.year, start.month, start.day);
    // DTEND of an all-day event is exclusive: 10 to 13 June covers the 10th, 11th and 12th.
    const endKey = end ? keyOf(end.year, end.month, end.day) : first;
    return { first, last: endKey > first ? addDays(endKey, -1) : first };
  }
  const startEpoch = epochOfTime(start, tzids.start, zone);
  const endEpoch = end ? epochOfTime(end, tzids.end ?? tzids.start, zone) : startEpoch;
  // An end at midnight belongs to the day before: 20:00–00:00 is a one-day event.
  return { first: dayKey(startEpoch, zone), last: dayKey(Math.max(startEpoch, endEpoch - 1), zone) };
}
