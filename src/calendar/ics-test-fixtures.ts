import { expect } from 'vitest';
import { type IcsImport, type IcsImportOptions, importIcs } from './ics-import';
import type { IcsLimits } from './ics-limits';
import { at } from './test-fixtures';

/** Shared by the .ics import tests: calendars written line by line, and the import unwrapped. */

export const calendar = (...parts: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SMM Assistant//Tests//EN', ...parts, 'END:VCALENDAR'].join(
    '\r\n',
  );

export const vevent = (uid: string, ...lines: string[]) =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'].join('\r\n');

let counter = 0;

export function options(
  zone: string,
  now = at('2026-01-01T12:00:00Z'),
  limits: Partial<IcsLimits> = {},
): IcsImportOptions {
  return { now, zone, limits, newId: () => `ics-${++counter}` };
}

/** The import of a file that must be readable. */
export function imported(text: string, importOptions: IcsImportOptions): IcsImport {
  const result = importIcs(text, importOptions);
  if (!result.ok) expect.fail(`not imported: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** Each imported event as `start..end name @place`, the form the expectations are written in. */
export function days(result: IcsImport): string[] {
  return result.events.map(
    (event) =>
      `${event.start}${event.end ? `..${event.end}` : ''} ${event.name}${event.place ? ` @${event.place}` : ''}`,
  );
}

export const starts = (result: IcsImport) => result.events.map((event) => event.start);
