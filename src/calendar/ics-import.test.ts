import { describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { defaultBrand } from '../shared/settings-defaults';
import { Brand } from '../shared/settings-schema';
import { parseWith } from '../shared/validation';
import { skipReasons } from './ics-event';
import { importIcs } from './ics-import';
import { calendar, days, imported, options, starts, vevent } from './ics-test-fixtures';
import { at } from './test-fixtures';

describe('importIcs', () => {
  test('a weekly RRULE is expanded over the window, with EXDATE and a moved occurrence', () => {
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
    const result = imported(text, options('Europe/Paris', at('2026-01-01T12:00:00Z'), { windowDays: 30 }));
    expect(starts(result)).toEqual(['2026-01-05', '2026-01-20', '2026-01-26']);
    expect(result.events[0]).toMatchObject({
      name: 'Open studio #OpenStudio',
      place: 'Rue de la Paix 1',
      hashtag: '#OpenStudio',
    });
    expect(result.events[0].end).toBeUndefined();
    expect(result.events[1].name).toBe('Open studio (moved) #OpenStudio');
    expect(result.window).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  test('occurrences and events before today are left out, and the past ones are counted', () => {
    const text = calendar(
      vevent('daily@test', 'SUMMARY:Daily', 'DTSTART;VALUE=DATE:20250101', 'RRULE:FREQ=DAILY'),
      vevent('old@test', 'SUMMARY:Old', 'DTSTART;VALUE=DATE:20251201'),
      vevent('series@test', 'SUMMARY:Old series', 'DTSTART;VALUE=DATE:20250101', 'RRULE:FREQ=DAILY;COUNT=3'),
    );
    const result = imported(text, options('UTC', at('2026-01-01T12:00:00Z'), { windowDays: 3 }));
    expect(starts(result)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    expect(result.totals).toMatchObject({ inFile: 3, imported: 4, skipped: 0, past: 2 });
  });

  test('events come soonest first, whatever their order in the file', () => {
    const text = calendar(
      vevent('b@test', 'SUMMARY:Later', 'DTSTART;VALUE=DATE:20260301'),
      vevent('a@test', 'SUMMARY:Sooner', 'DTSTART;VALUE=DATE:20260201'),
    );
    expect(days(imported(text, options('UTC')))).toEqual(['2026-02-01 Sooner', '2026-03-01 Later']);
  });

  test('the same day of the same event given twice is imported once', () => {
    const text = calendar(
      vevent('a@test', 'SUMMARY:Fair', 'DTSTART;VALUE=DATE:20260301'),
      vevent('b@test', 'SUMMARY:Fair', 'DTSTART;VALUE=DATE:20260301'),
    );
    expect(days(imported(text, options('UTC')))).toEqual(['2026-03-01 Fair']);
  });

  test('UTC times and an evening ending at midnight', () => {
    const text = calendar(
      vevent('u@test', 'SUMMARY:Party', 'DTSTART:20260704T180000Z', 'DTEND:20260705T000000Z'),
    );
    const [event] = imported(text, options('UTC')).events;
    expect(event).toMatchObject({ start: '2026-07-04' });
    expect(event.end).toBeUndefined();
  });

  test('fresh ids, and the result passes the settings schema', () => {
    const text = calendar(
      vevent('r@test', 'SUMMARY:Weekly', 'DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=WEEKLY;COUNT=3'),
    );
    const { events } = imported(text, { now: at('2026-01-01T12:00:00Z'), zone: 'UTC' });
    expect(new Set(events.map((event) => event.id)).size).toBe(3);
    expect(parseWith(Brand, { ...defaultBrand(), localEvents: events }).ok).toBe(true);
  });
});

describe('a file that cannot be read imports nothing and says why', () => {
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
    const result = importIcs(text, options('UTC'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toBe(message);
  });
});

describe('an event that cannot be placed is skipped and named; the rest is imported', () => {
  test('an event without a start', () => {
    const text = calendar(
      vevent('good@test', 'SUMMARY:Good', 'DTSTART;VALUE=DATE:20260610'),
      vevent('bad@test', 'SUMMARY:No start'),
    );
    const result = imported(text, options('UTC'));
    expect(days(result)).toEqual(['2026-06-10 Good']);
    expect(result.skipped).toEqual([{ path: 'VEVENT[1]', name: 'No start', reason: 'calendarIcsNoStart' }]);
    expect(result.totals).toMatchObject({ inFile: 2, imported: 1, skipped: 1 });
  });

  test('an impossible date', () => {
    const text = calendar(
      vevent('d@test', 'SUMMARY:Nope', 'DTSTART;VALUE=DATE:20261345'),
      vevent('e@test', 'SUMMARY:Fine', 'DTSTART;VALUE=DATE:20260301'),
    );
    const result = imported(text, options('UTC'));
    expect(days(result)).toEqual(['2026-03-01 Fine']);
    expect(result.skipped).toEqual([
      { path: 'VEVENT[0]', name: 'Nope', reason: 'calendarIcsBadDate', detail: 'DTSTART 2026-13-45' },
    ]);
  });

  test('a repeat rule ical.js refuses', () => {
    const text = calendar(
      vevent('w@test', 'SUMMARY:Odd rule', 'DTSTART:20260105T090000Z', 'RRULE:FREQ=WEEKLY;BYMONTHDAY=3'),
      vevent('e@test', 'SUMMARY:Fine', 'DTSTART;VALUE=DATE:20260301'),
    );
    const result = imported(text, options('UTC'));
    expect(days(result)).toEqual(['2026-03-01 Fine']);
    expect(result.skipped).toMatchObject([
      { path: 'VEVENT[0]', name: 'Odd rule', reason: 'calendarIcsBadEvent' },
    ]);
    expect(result.skipped[0].detail).toMatch(/BYMONTHDAY/);
  });

  test('an untitled event is named by its place, else its UID', () => {
    const text = calendar(
      vevent('no-title@test', 'LOCATION:Town hall'),
      vevent('bare@test', 'DESCRIPTION:nothing else'),
    );
    expect(imported(text, options('UTC')).skipped.map((skipped) => skipped.name)).toEqual([
      'Town hall',
      'bare@test',
    ]);
  });

  test('every reason is a message in the catalogue', () => {
    for (const reason of skipReasons) expect(en).toHaveProperty(reason);
  });
});
