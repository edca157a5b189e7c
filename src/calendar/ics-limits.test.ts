import { describe, expect, test } from 'vitest';
import { importIcs } from './ics-import';
import { fileSizeProblem, icsLimits } from './ics-limits';
import { calendar, days, imported, options, starts, vevent } from './ics-test-fixtures';
import { at } from './test-fixtures';

describe('file size', () => {
  test('a file up to 5 MB passes; one byte more is refused, saying the size and the limit', () => {
    expect(icsLimits.maxFileBytes).toBe(5 * 1024 * 1024);
    expect(fileSizeProblem(5 * 1024 * 1024)).toBeUndefined();
    expect(fileSizeProblem(7.3 * 1024 * 1024)).toEqual({
      path: '',
      message: 'calendarIcsTooLarge',
      received: '7.3 MB; the limit is 5 MB',
    });
  });

  test('the text is checked again before it is parsed', () => {
    const text = calendar(vevent('a@test', 'SUMMARY:Fair', 'DTSTART;VALUE=DATE:20260301'));
    const result = importIcs(text, options('UTC', undefined, { maxFileBytes: text.length - 1 }));
    expect(result).toMatchObject({ ok: false, problems: [{ message: 'calendarIcsTooLarge' }] });
    expect(importIcs(text, options('UTC', undefined, { maxFileBytes: text.length })).ok).toBe(true);
  });
});

describe('the window: today to a year ahead', () => {
  test('a series stops at the end of the window', () => {
    const text = calendar(
      vevent('d@test', 'SUMMARY:Daily', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY'),
    );
    const result = imported(text, options('UTC'));
    expect(result.window).toEqual({ from: '2026-01-01', to: '2027-01-01' });
    expect(result.events).toHaveLength(366);
    expect(result.events.at(-1)?.start).toBe('2027-01-01');
    expect(result.skipped).toEqual([]);
  });

  test('an event after the window is skipped and named with its day; so is a series that starts there', () => {
    const text = calendar(
      vevent('a@test', 'SUMMARY:Next year fair', 'DTSTART;VALUE=DATE:20270301'),
      vevent('b@test', 'SUMMARY:Next year class', 'DTSTART;VALUE=DATE:20270105', 'RRULE:FREQ=WEEKLY;COUNT=4'),
      vevent('c@test', 'SUMMARY:Soon', 'DTSTART;VALUE=DATE:20260301'),
    );
    const result = imported(text, options('UTC'));
    expect(days(result)).toEqual(['2026-03-01 Soon']);
    expect(result.skipped).toEqual([
      { path: 'VEVENT[0]', name: 'Next year fair', reason: 'calendarIcsAfterWindow', detail: '2027-03-01' },
      { path: 'VEVENT[1]', name: 'Next year class', reason: 'calendarIcsAfterWindow', detail: '2027-01-05' },
    ]);
  });

  test('an event that began before today and is still on is kept', () => {
    const text = calendar(
      vevent('a@test', 'SUMMARY:Exhibition', 'DTSTART;VALUE=DATE:20251201', 'DTEND;VALUE=DATE:20260115'),
    );
    expect(days(imported(text, options('UTC')))).toEqual(['2025-12-01..2026-01-14 Exhibition']);
  });
});

describe('the number of events', () => {
  test('past the limit, the soonest are kept and the count left out is given', () => {
    const text = calendar(
      vevent('d@test', 'SUMMARY:Daily', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY'),
      vevent('w@test', 'SUMMARY:Weekly', 'DTSTART;VALUE=DATE:20260102', 'RRULE:FREQ=WEEKLY;COUNT=3'),
    );
    const result = imported(text, options('UTC', undefined, { maxEvents: 10 }));
    expect(days(result)).toEqual([
      '2026-01-01 Daily',
      '2026-01-02 Daily',
      '2026-01-02 Weekly',
      '2026-01-03 Daily',
      '2026-01-04 Daily',
      '2026-01-05 Daily',
      '2026-01-06 Daily',
      '2026-01-07 Daily',
      '2026-01-08 Daily',
      '2026-01-09 Daily',
    ]);
    // The daily series stops once it has more days than the import keeps: 11 of its days and the
    // weekly's 3 were found, 10 kept.
    expect(result.totals).toMatchObject({ imported: 10, overLimit: 4, skipped: 0 });
  });

  test('500 by default', () => {
    const text = calendar(
      vevent('d@test', 'SUMMARY:Daily', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY'),
    );
    const result = imported(text, options('UTC', undefined, { windowDays: 1000 }));
    expect(result.events).toHaveLength(icsLimits.maxEvents);
    expect(icsLimits.maxEvents).toBe(500);
    expect(result.totals.overLimit).toBeGreaterThan(0);
  });
});

describe('steps: a budget of work counted, not timed', () => {
  test('500 FREQ=SECONDLY series stop on the import budget; each is named', () => {
    const series = Array.from({ length: 500 }, (_, index) =>
      vevent(
        `s${index}@test`,
        `SUMMARY:Every second ${index}`,
        'DTSTART:20260101T000000Z',
        'RRULE:FREQ=SECONDLY',
      ),
    );
    const result = imported(calendar(...series), options('UTC'));
    // Two series use their share of 50,000 steps each; that is the whole budget of 100,000, and
    // the other 498 are not expanded at all.
    expect(icsLimits).toMatchObject({ totalSteps: 100_000, stepsPerEvent: 50_000 });
    expect(result.totals.steps).toBe(100_000);
    expect(result.totals).toMatchObject({ inFile: 500, imported: 0, skipped: 500 });
    expect(result.skipped.slice(0, 3).map((skipped) => skipped.reason)).toEqual([
      'calendarIcsTooManySteps',
      'calendarIcsTooManySteps',
      'calendarIcsStepsSpent',
    ]);
    expect(new Set(result.skipped.slice(2).map((skipped) => skipped.reason))).toEqual(
      new Set(['calendarIcsStepsSpent']),
    );
    expect(result.skipped[499]).toMatchObject({ path: 'VEVENT[499]', name: 'Every second 499' });
  });

  test.each([
    // ical.js 2.2.1 loops for ever on the first and for many seconds on the second (the search for
    // a match happens inside one `next()`): the meter stops both.
    ['a rule no day matches', 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'],
    ['a rule that matches once a year, second by second', 'FREQ=SECONDLY;BYMONTH=12'],
    ['an hourly series from years ago', 'FREQ=HOURLY'],
  ])('%s is skipped on its share of the steps, and the rest imports', (_, rule) => {
    const text = calendar(
      vevent('bad@test', 'SUMMARY:Runaway', 'DTSTART:20200101T000000Z', `RRULE:${rule}`),
      vevent('ok@test', 'SUMMARY:Weekly', 'DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=WEEKLY;COUNT=2'),
    );
    const result = imported(text, options('UTC'));
    expect(result.skipped).toEqual([
      { path: 'VEVENT[0]', name: 'Runaway', reason: 'calendarIcsTooManySteps' },
    ]);
    expect(starts(result)).toEqual(['2026-01-05', '2026-01-12']);
    expect(result.totals.steps).toBeLessThanOrEqual(icsLimits.stepsPerEvent + 100);
  });

  test('a daily series from 1970 still reaches a year ahead', () => {
    const text = calendar(vevent('d@test', 'SUMMARY:Daily', 'DTSTART:19700101T090000Z', 'RRULE:FREQ=DAILY'));
    const result = imported(text, options('Europe/Paris', at('2026-01-01T12:00:00Z'), { windowDays: 2 }));
    expect(starts(result)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(result.totals.steps).toBeLessThan(icsLimits.stepsPerEvent);
  });

  test('a calendar history of past events costs no steps', () => {
    const history = Array.from({ length: 2000 }, (_, index) =>
      vevent(
        `h${index}@test`,
        'SUMMARY:Old meeting',
        `DTSTART:2025${String((index % 12) + 1).padStart(2, '0')}01T090000Z`,
      ),
    );
    const result = imported(calendar(...history), options('UTC'));
    expect(result.totals).toMatchObject({ inFile: 2000, imported: 0, past: 2000, steps: 0 });
  });
});
