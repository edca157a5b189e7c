import { describe, expect, test } from 'vitest';
import type { DayRule } from './day-rules';
import { fallsOn, nthWeekdayOfMonth, ruleDateIn } from './day-rules';

const FRIDAY = 5;
const THURSDAY = 4;

describe('ruleDateIn', () => {
  test.each<[string, DayRule, number, string | undefined]>([
    ['first Friday of June (National Donut Day)', { month: 6, weekday: FRIDAY, nth: 1 }, 2026, '2026-06-05'],
    ['first Friday of June (National Donut Day)', { month: 6, weekday: FRIDAY, nth: 1 }, 2027, '2027-06-04'],
    ['last Friday of July (SysAdmin Day)', { month: 7, weekday: FRIDAY, nth: -1 }, 2026, '2026-07-31'],
    ['last Friday of July (SysAdmin Day)', { month: 7, weekday: FRIDAY, nth: -1 }, 2027, '2027-07-30'],
    ['fourth Thursday of November', { month: 11, weekday: THURSDAY, nth: 4 }, 2026, '2026-11-26'],
    ['fourth Thursday of November', { month: 11, weekday: THURSDAY, nth: 4 }, 2027, '2027-11-25'],
    // 2024: Thanksgiving on the 28th, so Black Friday is the fifth Friday, not the fourth.
    [
      'Black Friday = Thanksgiving + 1',
      { month: 11, weekday: THURSDAY, nth: 4, offset: 1 },
      2024,
      '2024-11-29',
    ],
    ['last Sunday of March', { month: 3, weekday: 0, nth: -1 }, 2026, '2026-03-29'],
    ['second-to-last Monday of May', { month: 5, weekday: 1, nth: -2 }, 2026, '2026-05-18'],
    ['a fifth Monday that does not exist', { month: 2, weekday: 1, nth: 5 }, 2026, undefined],
    ['256th day in a common year', { dayOfYear: 256 }, 2026, '2026-09-13'],
    ['256th day in a leap year', { dayOfYear: 256 }, 2024, '2024-09-12'],
    ['88th day in a leap year', { dayOfYear: 88 }, 2024, '2024-03-28'],
    ['366th day of a common year', { dayOfYear: 366 }, 2026, undefined],
  ])('%s in %i', (_, rule, year, expected) => {
    expect(ruleDateIn(rule, year)).toBe(expected);
  });
});

describe('nthWeekdayOfMonth', () => {
  test('last day of a month when it is the weekday asked', () => {
    // 31 January 2026 is a Saturday.
    expect(nthWeekdayOfMonth(2026, 1, 6, -1)).toBe(31);
  });
  test('first day of a month when it is the weekday asked', () => {
    // 1 March 2026 is a Sunday.
    expect(nthWeekdayOfMonth(2026, 3, 0, 1)).toBe(1);
  });
});

describe('fallsOn', () => {
  test.each([
    ['2024-02-29', true],
    ['2025-02-28', false],
    ['2028-02-29', true],
  ])('a 02-29 entry on %s: %s', (key, expected) => {
    expect(fallsOn({ date: '02-29' }, key)).toBe(expected);
  });

  test('a rule whose offset carries it into the next year', () => {
    // The last Friday of December 2026 is the 25th; a week later is 1 January 2027.
    const when = { rule: { month: 12, weekday: FRIDAY, nth: -1, offset: 7 } };
    expect(fallsOn(when, '2027-01-01')).toBe(true);
    expect(fallsOn(when, '2026-01-01')).toBe(false);
  });
});
