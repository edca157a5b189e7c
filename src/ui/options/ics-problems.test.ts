import { describe, expect, test } from 'vitest';
import { calendar, imported, options, vevent } from '../../calendar/ics-test-fixtures';
import { importProblems, importSummary } from './ics-problems';

describe('what the options page says about an import', () => {
  test('each skipped event by file, place in the file, reason and name', () => {
    const result = imported(
      calendar(
        vevent('a@test', 'SUMMARY:Fair', 'DTSTART;VALUE=DATE:20260301'),
        vevent('b@test', 'SUMMARY:No start'),
        vevent('c@test', 'SUMMARY:Next year', 'DTSTART;VALUE=DATE:20270601'),
      ),
      options('UTC'),
    );
    expect(importProblems(result, 'club.ics')).toEqual([
      { path: 'club.ics VEVENT[1]', message: 'calendarIcsNoStart', received: 'No start' },
      { path: 'club.ics VEVENT[2]', message: 'calendarIcsAfterWindow', received: 'Next year: 2027-06-01' },
    ]);
    expect(importSummary(result)).toBe(
      'Events imported: 1. Save to keep them. An import covers 2026-01-01 to 2027-01-01.',
    );
  });

  test('a long list is cut after 20 names, and the event limit says its figure', () => {
    const broken = Array.from({ length: 25 }, (_, index) =>
      vevent(`x${index}@test`, `SUMMARY:Broken ${index}`),
    );
    const result = imported(
      calendar(
        ...broken,
        vevent('d@test', 'SUMMARY:Daily', 'DTSTART;VALUE=DATE:20260101', 'RRULE:FREQ=DAILY'),
        vevent('o@test', 'SUMMARY:Old', 'DTSTART;VALUE=DATE:20250101'),
      ),
      options('UTC', undefined, { maxEvents: 30 }),
    );
    const problems = importProblems(result, 'big.ics');
    expect(problems).toHaveLength(22);
    expect(problems[19]).toMatchObject({ path: 'big.ics VEVENT[19]', received: 'Broken 19' });
    expect(problems[20]).toEqual({ path: 'big.ics', message: 'calendarIcsMoreSkipped', received: '5' });
    expect(problems[21]).toEqual({
      path: 'big.ics',
      message: 'calendarIcsTooManyEvents',
      received: 'limit 30 events; imported up to 2026-01-30',
    });
    expect(importSummary(result)).toBe(
      'Events imported: 30. Save to keep them. An import covers 2026-01-01 to 2027-01-01. Past events left out: 1.',
    );
  });

  test('nothing to say when everything came in', () => {
    const result = imported(
      calendar(vevent('a@test', 'SUMMARY:Fair', 'DTSTART;VALUE=DATE:20260301')),
      options('UTC'),
    );
    expect(importProblems(result, 'fine.ics')).toEqual([]);
  });
});
