import type { BrandSettings } from '../shared/settings-defaults';
import type { LocalEvent } from '../shared/settings-schema';
import { daysBetween } from './day';

/** The brand's own events (settings.localEvents), read as day ranges in the brand's zone. */

/** Last day of an event (inclusive): its `end`, or its `start` for a one-day event. */
export function lastDayOf(event: LocalEvent): string {
  return event.end ?? event.start;
}

/** Is the event on during `key`? */
export function isOn(event: LocalEvent, key: string): boolean {
  return event.start <= key && key <= lastDayOf(event);
}

/** Events on during any day from `from` to `to` (inclusive), by start day. Keys compare as text. */
export function eventsBetween(settings: BrandSettings, from: string, to: string): LocalEvent[] {
  return settings.localEvents
    .filter((event) => event.start <= to && lastDayOf(event) >= from)
    .sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));
}

/** Days from `today` until the event starts; 0 when it is already on. */
export function daysUntil(event: LocalEvent, today: string): number {
  return Math.max(0, daysBetween(today, event.start));
}
