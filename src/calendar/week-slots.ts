import type { CadenceSettings } from '../shared/settings-schema';
import { addDays, clockMinutes, epochOf, MINUTE, wallTime } from '../shared/time';

/**
 * The moments one network's cadence allows posting on one day in the brand's zone: from the day's
 * first moment outside the quiet hours, one slot per minimum gap, up to the daily cap, until the
 * day ends. Everything is reckoned on real instants, so a day that loses or gains an hour to a
 * clock change has one slot fewer or more when the gap is an hour.
 */
export function daySlots(day: string, zone: string, cadence: CadenceSettings): number[] {
  const [year, month, date] = day.split('-').map(Number);
  const start = epochOf(zone, year, month, date);
  const [nextYear, nextMonth, nextDate] = addDays(day, 1).split('-').map(Number);
  const end = epochOf(zone, nextYear, nextMonth, nextDate);
  const gap = cadence.minGapMinutes * MINUTE;
  const slots: number[] = [];
  let at = start;
  while (slots.length < cadence.dailyCap) {
    at = outsideQuietHours(at, zone, cadence.quietHours);
    if (at >= end) break;
    slots.push(at);
    // With no gap, every post the cap allows may go at once.
    if (gap === 0) {
      while (slots.length < cadence.dailyCap) slots.push(at);
      break;
    }
    at += gap;
  }
  return slots;
}

/** `epoch`, or the end of the quiet hours it falls in (they may span midnight). */
function outsideQuietHours(epoch: number, zone: string, quiet: CadenceSettings['quietHours']): number {
  if (!quiet) return epoch;
  const from = clockMinutes(quiet.from);
  const to = clockMinutes(quiet.to);
  if (from === to) return epoch;
  const wall = wallTime(epoch, zone);
  const minutes = wall.hour * 60 + wall.minute;
  const inside = from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
  if (!inside) return epoch;
  const nextDay = from > to && minutes >= from ? 1 : 0;
  const end = epochOf(zone, wall.year, wall.month, wall.day + nextDay, Math.floor(to / 60), to % 60);
  // A quiet end skipped by a clock change resolves forward; never go back in time.
  return Math.max(end, epoch + MINUTE);
}
