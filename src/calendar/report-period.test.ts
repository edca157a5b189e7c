import { describe, expect, test } from 'vitest';
import { periodOf } from './report-period';

describe('a report period', () => {
  test('a week runs Monday to Sunday around the chosen day', () => {
    const week = periodOf('week', '2026-03-05', 'UTC');
    expect([week.from, week.to, week.days.length]).toEqual(['2026-03-02', '2026-03-08', 7]);
    expect(week.start).toBe(Date.parse('2026-03-02T00:00:00Z'));
    expect(week.end).toBe(Date.parse('2026-03-09T00:00:00Z'));
  });

  test('a Sunday belongs to the week that ends with it', () => {
    expect(periodOf('week', '2026-03-08', 'UTC').from).toBe('2026-03-02');
  });

  test('a month is the calendar month, February of a leap year included', () => {
    const month = periodOf('month', '2028-02-17', 'UTC');
    expect([month.from, month.to, month.days.length]).toEqual(['2028-02-01', '2028-02-29', 29]);
  });

  test('midnights are the zone’s, across a DST change', () => {
    const week = periodOf('week', '2026-03-26', 'Europe/Paris');
    expect(week.start).toBe(Date.parse('2026-03-22T23:00:00Z'));
    // Summer time began on 29 March: the next Monday starts at 22:00 UTC.
    expect(week.end).toBe(Date.parse('2026-03-29T22:00:00Z'));
  });
});
