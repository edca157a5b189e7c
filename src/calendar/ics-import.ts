import ICAL from 'ical.js';
import * as v from 'valibot';
import type { LocalEvent } from '../shared/settings-schema';
import { SettingsSchema } from '../shared/settings-schema';
import { addDays, dayKey } from '../shared/time';
import type { Parsed, Problem } from '../shared/validation';
import { problemsOf } from '../shared/validation';
import { isDayKey } from './day';
import { occurrencesOf } from './ics-occurrences';

/**
 * Local events from an iCalendar (`.ics`) file, parsed with ical.js. Imported only by the options
 * page, so ical.js stays out of every other bundle. All or nothing: a file with one broken event
 * imports no event, and the error says which event and what is wrong.
 */

type Component = InstanceType<typeof ICAL.Component>;

export interface IcsImportOptions {
  /** The moment of the import: events that ended before today are left out. */
  now: number;
  /** The brand's zone, to place timed and floating events on days. */
  zone: string;
  /** How far recurring events are expanded, in days from today. */
  horizonDays?: number;
  /** Id maker; fresh random ids by default. */
  newId?: () => string;
}

export class IcsImportError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Calendar file not imported: ${problems.map(describe).join('; ')}`);
    this.name = 'IcsImportError';
  }
}

export const DEFAULT_HORIZON_DAYS = 365;
const dateProperties = ['dtstart', 'dtend', 'recurrence-id', 'exdate', 'rdate'];
const LocalEventSchema = SettingsSchema.entries.localEvents.item;

/**
 * Events in `text` as settings.localEvents items, each recurring event expanded into one item per
 * occurrence from today up to the horizon. One-off events are kept whatever their date; past ones
 * are dropped. Throws IcsImportError when the file or any event in it cannot be read.
 */
export function importIcs(text: string, options: IcsImportOptions): LocalEvent[] {
  const calendars = readCalendars(text);
  const today = dayKey(options.now, options.zone);
  const horizon = addDays(today, options.horizonDays ?? DEFAULT_HORIZON_DAYS);
  const newId = options.newId ?? (() => crypto.randomUUID());
  const vevents = calendars.flatMap((calendar) => calendar.getAllSubcomponents('vevent'));
  const exceptionsByUid = new Map<string, Component[]>();
  for (const vevent of vevents) {
    if (!vevent.hasProperty('recurrence-id')) continue;
    const uid = String(vevent.getFirstPropertyValue('uid') ?? '');
    exceptionsByUid.set(uid, [...(exceptionsByUid.get(uid) ?? []), vevent]);
  }
  const masterUids = new Set(vevents.filter((c) => !c.hasProperty('recurrence-id')).map(uidOf));

  const events: LocalEvent[] = [];
  const problems: Problem[] = [];
  vevents.forEach((vevent, index) => {
    const path = `VEVENT[${index}]`;
    // A moved occurrence is read with its series, unless the file lacks the series itself.
    if (vevent.hasProperty('recurrence-id') && masterUids.has(uidOf(vevent))) return;
    if (!vevent.hasProperty('dtstart')) {
      problems.push({ path: `${path}.DTSTART`, message: 'calendarIcsNoStart', received: summaryOf(vevent) });
      return;
    }
    const badDate = impossibleDate(vevent);
    if (badDate) {
      problems.push({
        path: `${path}.${badDate.property}`,
        message: 'calendarIcsBadDate',
        received: badDate.value,
      });
      return;
    }
    try {
      const exceptions = vevent.hasProperty('recurrence-id')
        ? []
        : (exceptionsByUid.get(uidOf(vevent)) ?? []);
      const event = new ICAL.Event(vevent, { exceptions });
      for (const occurrence of occurrencesOf(event, today, horizon, options.zone)) {
        const built = { id: newId(), ...occurrence };
        const checked = v.safeParse(LocalEventSchema, built);
        if (checked.success) events.push(checked.output);
        else problems.push(...problemsOf(checked.issues).map((p) => ({ ...p, path: `${path}.${p.path}` })));
      }
    } catch (error) {
      problems.push({
        path,
        message: 'calendarIcsBadEvent',
        received: `${summaryOf(vevent)}: ${messageOf(error)}`,
      });
    }
  });
  if (problems.length > 0) throw new IcsImportError(problems);
  return dedupe(events);
}

/** importIcs as a result instead of an exception, in the shape the options page shows. */
export function tryImportIcs(text: string, options: IcsImportOptions): Parsed<LocalEvent[]> {
  try {
    return { ok: true, value: importIcs(text, options) };
  } catch (error) {
    if (error instanceof IcsImportError) return { ok: false, problems: error.problems };
    return {
      ok: false,
      problems: [{ path: '', message: 'calendarIcsUnreadable', received: messageOf(error) }],
    };
  }
}

function readCalendars(text: string): Component[] {
  if (!text.trim()) throw new IcsImportError([{ path: '', message: 'calendarIcsEmpty' }]);
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    throw new IcsImportError([{ path: '', message: 'calendarIcsUnreadable', received: messageOf(error) }]);
  }
  const roots = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[];
  const calendars = roots.map((root) => new ICAL.Component(root as unknown[]));
  const wrong = calendars.find((calendar) => calendar.name !== 'vcalendar');
  if (wrong)
    throw new IcsImportError([{ path: '', message: 'calendarIcsNotCalendar', received: wrong.name }]);
  return calendars;
}

/** A DTSTART or other date that ical.js would quietly roll over (2026-13-45 to 2027-02-14). */
function impossibleDate(vevent: Component): { property: string; value: string } | undefined {
  for (const name of dateProperties) {
    for (const property of vevent.getAllProperties(name)) {
      for (const value of property.toJSON().slice(3)) {
        if (typeof value === 'string' && !isDayKey(value.slice(0, 10)))
          return { property: name.toUpperCase(), value };
      }
    }
  }
  return undefined;
}

function dedupe(events: LocalEvent[]): LocalEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => {
    const key = [event.name, event.start, event.end, event.place].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function uidOf(component: Component): string {
  return String(component.getFirstPropertyValue('uid') ?? '');
}

function summaryOf(component: Component): string {
  const summary = component.getFirstPropertyValue('summary');
  return (typeof summary === 'string' && summary.trim()) || uidOf(component) || '?';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function describe(problem: Problem): string {
  return [problem.path, problem.message, problem.received].filter(Boolean).join(': ');
}
