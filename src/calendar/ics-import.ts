import ICAL from 'ical.js';
import type { LocalEvent } from '../shared/settings-schema';
import { addDays, dayKey } from '../shared/time';
import type { Parsed } from '../shared/validation';
import { StepBudget } from './ics-budget';
import { nameOf, readEvent, type SkipReason, uidOf } from './ics-event';
import { fileSizeProblem, type IcsLimits, icsLimits } from './ics-limits';
import { type DaysContext, keyOfOccurrence, type Occurrence } from './ics-occurrences';

/**
 * Local events from an iCalendar (`.ics`) file, parsed with ical.js. Imported only by the options
 * page, so ical.js stays out of every other bundle. A file that can't be read at all, or is over
 * the size limit, imports nothing and says why; otherwise every event that can be placed is
 * imported and every one that can't is skipped and named, with the reason.
 */

type Component = InstanceType<typeof ICAL.Component>;

export interface IcsImportOptions {
  /** The moment of the import: the window starts on this day in `zone`. */
  now: number;
  /** The brand's zone, to place timed and floating events on days. */
  zone: string;
  /** Id maker; fresh random ids by default. */
  newId?: () => string;
  /** Tighter or looser limits than `icsLimits` (tests). */
  limits?: Partial<IcsLimits>;
}

export interface SkippedEvent {
  /** Where in the file: `VEVENT[3]`. */
  path: string;
  /** The event's title, else its place or UID, as the user will recognise it. */
  name: string;
  reason: SkipReason;
  /** The date at fault, the parser's words, or the first day after the window. */
  detail?: string;
}

export interface IcsImport {
  /** Events to add, soonest first, at most `maxEvents`. */
  events: LocalEvent[];
  skipped: SkippedEvent[];
  /** The days the import covers, `from` today to the end of the window. */
  window: { from: string; to: string };
  totals: {
    /** VEVENTs in the file (moved occurrences of a series included). */
    inFile: number;
    imported: number;
    skipped: number;
    /** Events wholly over before today, left out. */
    past: number;
    /** Events in the window left out because the import had reached `maxEvents`. */
    overLimit: number;
    /** Steps spent, out of `limits.totalSteps`. */
    steps: number;
  };
  /** The limits that applied, so a notice can state the figure that was reached. */
  limits: IcsLimits;
}

/**
 * Events in `text` as settings.localEvents items, each series expanded into one item per
 * occurrence, from today to the end of the window.
 */
export function importIcs(text: string, options: IcsImportOptions): Parsed<IcsImport> {
  const limits = { ...icsLimits, ...options.limits };
  const tooLarge = fileSizeProblem(text.length, limits);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const read = readCalendars(text);
  if (!read.ok) return read;

  const today = dayKey(options.now, options.zone);
  const window = { today, horizon: addDays(today, limits.windowDays), zone: options.zone };
  const budget = new StepBudget(limits.totalSteps, limits.stepsPerEvent);
  const context: DaysContext = { window, budget, readSteps: limits.readSteps, maxEvents: limits.maxEvents };
  const vevents = read.value.flatMap(eventsOf);
  const exceptionsByUid = new Map<string, Component[]>();
  for (const vevent of vevents) {
    if (!vevent.hasProperty('recurrence-id')) continue;
    const uid = uidOf(vevent);
    const moved = exceptionsByUid.get(uid);
    if (moved) moved.push(vevent);
    else exceptionsByUid.set(uid, [vevent]);
  }
  const masterUids = new Set(vevents.filter((c) => !c.hasProperty('recurrence-id')).map(uidOf));

  const found: Occurrence[] = [];
  const skipped: SkippedEvent[] = [];
  let past = 0;
  vevents.forEach((vevent, index) => {
    // A moved occurrence is read with its series, unless the file lacks the series itself.
    if (vevent.hasProperty('recurrence-id') && masterUids.has(uidOf(vevent))) return;
    const exceptions = vevent.hasProperty('recurrence-id') ? [] : (exceptionsByUid.get(uidOf(vevent)) ?? []);
    const outcome = readEvent(vevent, exceptions, context);
    if ('reason' in outcome) {
      skipped.push({ path: `VEVENT[${index}]`, name: nameOf(vevent), ...outcome });
    } else {
      if (outcome.days.occurrences.length === 0) past++;
      found.push(...outcome.days.occurrences);
    }
  });

  const soonest = dedupe(found).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const kept = soonest.slice(0, limits.maxEvents);
  const newId = options.newId ?? (() => crypto.randomUUID());
  const events = kept.map((occurrence) => ({ id: newId(), ...occurrence }));
  return {
    ok: true,
    value: {
      events,
      skipped,
      window: { from: window.today, to: window.horizon },
      totals: {
        inFile: vevents.length,
        imported: events.length,
        skipped: skipped.length,
        past,
        overLimit: soonest.length - kept.length,
        steps: budget.used,
      },
      limits,
    },
  };
}

function readCalendars(text: string): Parsed<Component[]> {
  if (!text.trim()) return { ok: false, problems: [{ path: '', message: 'calendarIcsEmpty' }] };
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '', message: 'calendarIcsUnreadable', received: messageOf(error) }],
    };
  }
  const roots = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const calendars = roots.map((root) => new ICAL.Component(root as unknown[]));
  const wrong = calendars.find((calendar) => calendar.name !== 'vcalendar');
  if (wrong)
    return { ok: false, problems: [{ path: '', message: 'calendarIcsNotCalendar', received: wrong.name }] };
  return { ok: true, value: calendars };
}

/**
 * The VEVENTs of a calendar, each with a parent holding only the calendar's VTIMEZONEs. ical.js
 * looks a TZID up among its parent's subcomponents on every value, and doesn't remember a TZID it
 * didn't find (an IANA name the file doesn't define): under the real calendar, that is a scan of
 * every event for every time (14 s of CPU for a 5 MB file, 1 s without). A VTIMEZONE without a
 * TZID would make that lookup throw, so it is left out.
 */
function eventsOf(calendar: Component): Component[] {
  const zones = calendar.getAllSubcomponents('vtimezone').filter((zone) => zone.hasProperty('tzid'));
  const zonesOnly = new ICAL.Component(['vcalendar', [], zones.map((zone) => zone.toJSON())]);
  return calendar
    .getAllSubcomponents('vevent')
    .map((vevent) => new ICAL.Component(vevent.toJSON(), zonesOnly));
}

function dedupe(events: Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    const key = keyOfOccurrence(event);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
