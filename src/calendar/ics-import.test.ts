import { describe, expect, test } from 'vitest';
import { SettingsSchema } from '../shared/settings-schema';
import { parseWith } from '../shared/validation';
import { IcsImportError, importIcs, tryImportIcs } from './ics-import';
import { at, settingsIn } from './test-fixtures';

const calendar = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//SMM Assistant//Tests//EN', ...events, 'END:VCALENDAR'].join(
    '\r\n',
  );

const vevent = (uid: string, ...lines: string[]) =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'].join('\r\n');

let counter = 0;
const options = (zone: string, now = at('2026-01-01T12:00:00Z'), horizonDays = 365) => ({
  now,
  zone,
  horizonDays,
  newId: () => `ics-${++counter}`,
});

describe('importIcs', () => {
  test('a weekly RRULE is expanded over the horizon, with EXDATE and a moved occurrence', () => {
    const text = calendar(
      vevent(
        'weekly@test',
        'SUMMARY:Open studio #OpenStudio',
        'LOCATION:Rue de la Paix 1',
        'DTSTART;TZID=Europe/Paris:20260105T180000',
        'DTEND;TZID=Europe/Paris:20260105T200000',
        'RRULE:FREQ=WEEKLY;BYDAY=MO',
        'EXDATE;TZID=Europe/Paris:20260112T180000',
      ),
      vevent(
        'weekly@test',
        'RECURRENCE-ID;TZID=Europe/Paris:20260119T180000',
        'SUMMARY:Open studio (moved) #OpenStudio',
        'DTSTART;TZID=Europe/Paris:20260120T180000',
        'DTEND;TZID=Europe/Paris:20260120T200000',
      ),
    );
    const events = importIcs(text, options('Europe/Paris', at('2026-01-01T12:00:00Z'), 30));
    expect(events.map((event) => event.start)).toEqual(['2026-01-05', '2026-01-20', '2026-01-26']);
    expect(events[0]).toMatchObject({
      name: 'Open studio #OpenStudio',
      place: 'Rue de la Paix 1',
      hashtag: '#OpenStudio',
    });
    expect(events[0].end).toBeUndefined();
    expect(events[1].name).toBe('Open studio (moved) #OpenStudio');
  });

  test('occurrences before today are left out', () => {
    const text = calendar(
      vevent('daily@test', 'SUMMARY:Daily', 'DTSTART;VALUE=DATE:20250101', 'RRULE:FREQ=DAILY'),
      vevent('old@test', 'SUMMARY:Old', 'DTSTART;VALUE=DATE:20251201'),
    );
    const events = importIcs(text, options('UTC', at('2026-01-01T12:00:00Z'), 3));
    expect(events.map((event) => event.start)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
    ]);
  });

  test('an all-day event is one day: DTEND of a date is exclusive', () => {
    const text = calendar(
      vevent(
        'a@test',
        'SUMMARY:Shop anniversary',
        'DTSTART;VALUE=DATE:20260610',
        'DTEND;VALUE=DATE:20260611',
      ),
    );
    // All-day dates are the same in every zone.
    for (const zone of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const [event] = importIcs(text, options(zone));
      expect(event.start).toBe('2026-06-10');
      expect(event.end).toBeUndefined();
    }
  });

  test('a multi-day event keeps its last day', () => {
    const text = calendar(
      vevent('m@test', 'SUMMARY:Book fair', 'DTSTART;VALUE=DATE:20260610', 'DTEND;VALUE=DATE:20260613'),
    );
    expect(importIcs(text, options('Europe/Paris'))[0]).toMatchObject({
      start: '2026-06-10',
      end: '2026-06-12',
    });
  });

  test.each([
    // 23:30 in New York on 10 March (EDT, UTC-4) is 04:30 on the 11th in Paris (CET).
    ['America/New_York', '2026-03-10'],
    ['Europe/Paris', '2026-03-11'],
    ['Asia/Tokyo', '2026-03-11'],
  ])('a timed event with TZID=America/New_York lands on the right day in %s', (zone, day) => {
    const text = calendar(
      vevent(
        't@test',
        'SUMMARY:Late show',
        'DTSTART;TZID=America/New_York:20260310T233000',
        'DTEND;TZID=America/New_York:20260310T235900',
      ),
    );
    expect(importIcs(text, options(zone))[0]).toMatchObject({ start: day });
  });

  test('a zone the file defines itself (Outlook names) goes through its VTIMEZONE', () => {
    const text = calendar(
      [
        'BEGIN:VTIMEZONE',
        'TZID:W. Europe Standard Time',
        'BEGIN:STANDARD',
        'DTSTART:16011028T030000',
        'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'END:STANDARD',
        'BEGIN:DAYLIGHT',
        'DTSTART:16010325T020000',
        'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3',
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'END:DAYLIGHT',
        'END:VTIMEZONE',
      ].join('\r\n'),
      vevent('w@test', 'SUMMARY:Late meeting', 'DTSTART;TZID=W. Europe Standard Time:20260701T233000'),
    );
    // 23:30 CEST is 21:30 UTC: still 1 July in UTC, already 2 July in Tokyo.
    expect(importIcs(text, options('UTC'))[0].start).toBe('2026-07-01');
    expect(importIcs(text, options('Asia/Tokyo'))[0].start).toBe('2026-07-02');
  });

  test('UTC times and an evening ending at midnight', () => {
    const text = calendar(
      vevent('u@test', 'SUMMARY:Party', 'DTSTART:20260704T180000Z', 'DTEND:20260705T000000Z'),
    );
    expect(importIcs(text, options('UTC'))[0]).toMatchObject({ start: '2026-07-04' });
    expect(importIcs(text, options('UTC'))[0].end).toBeUndefined();
  });

  test('fresh ids, and the result passes the settings schema', () => {
    const text = calendar(
      vevent('r@test', 'SUMMARY:Weekly', 'DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=WEEKLY;COUNT=3'),
    );
    const events = importIcs(text, { now: at('2026-01-01T12:00:00Z'), zone: 'UTC' });
    expect(new Set(events.map((event) => event.id)).size).toBe(3);
    const settings = settingsIn('UTC', { localEvents: events });
    expect(parseWith(SettingsSchema, settings).ok).toBe(true);
  });
});

describe('a bad file imports nothing and says what is wrong', () => {
  test.each([
    ['empty', '   ', 'calendarIcsEmpty'],
    ['not iCalendar at all', 'hello, this is a spreadsheet', 'calendarIcsUnreadable'],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\nEND:VCARD', 'calendarIcsNotCalendar'],
    [
      'a broken line',
      calendar('BEGIN:VEVENT', 'this line has no colon', 'END:VEVENT'),
      'calendarIcsUnreadable',
    ],
  ])('%s', (_, text, message) => {
    expect(() => importIcs(text, options('UTC'))).toThrow(IcsImportError);
    const result = tryImportIcs(text, options('UTC'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toBe(message);
  });

  test('one event without a start spoils the whole import, and the error names it', () => {
    const text = calendar(
      vevent('good@test', 'SUMMARY:Good', 'DTSTART;VALUE=DATE:20260610'),
      vevent('bad@test', 'SUMMARY:No start'),
    );
    const result = tryImportIcs(text, options('UTC'));
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'VEVENT[1].DTSTART', message: 'calendarIcsNoStart', received: 'No start' }],
    });
    expect(() => importIcs(text, options('UTC'))).toThrow(/VEVENT\[1\]\.DTSTART/);
  });

  test('an impossible date', () => {
    const text = calendar(vevent('d@test', 'SUMMARY:Nope', 'DTSTART;VALUE=DATE:20261345'));
    expect(tryImportIcs(text, options('UTC'))).toEqual({
      ok: false,
      problems: [{ path: 'VEVENT[0].DTSTART', message: 'calendarIcsBadDate', received: '2026-13-45' }],
    });
  });

  test('a series that started years ago is read quickly up to today', () => {
    const text = calendar(
      vevent('old@test', 'SUMMARY:Daily', 'DTSTART:20000101T090000Z', 'RRULE:FREQ=DAILY'),
    );
    const events = importIcs(text, options('UTC', at('2026-01-01T12:00:00Z'), 2));
    expect(events.map((event) => event.start)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });
});
