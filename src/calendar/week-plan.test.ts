import { describe, expect, test } from 'vitest';
import { at, post, settingsIn } from './test-fixtures';
import { weekPlan } from './week-plan';

describe('weekPlan', () => {
  test('seven days from today across the year boundary, with their themes and days', () => {
    // Tuesday 29 December 2026, 23:30 in Paris (22:30 UTC).
    const plan = weekPlan(at('2026-12-29T22:30:00Z'), settingsIn('Europe/Paris'), []);
    expect(plan.map((day) => day.date)).toEqual([
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-01-04',
    ]);
    expect(plan.map((day) => day.weekday)).toEqual([
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
      'monday',
    ]);
    expect(plan.map((day) => day.isToday)).toEqual([true, false, false, false, false, false, false]);
    expect(plan[2].days.map((day) => day.id)).toContain('new-years-eve');
    expect(plan[3].notableDay?.id).toBe('new-years-day');
    expect(plan[3].theme.hashtags).toContain('#FollowFriday');
  });

  test('just after midnight the plan starts on the new day', () => {
    const plan = weekPlan(at('2026-12-31T23:00:00Z'), settingsIn('Europe/Paris'), []);
    expect(plan[0].date).toBe('2027-01-01');
  });

  test.each([
    ['Europe/Paris', '2026-03-26T12:00:00Z', '2026-03-26', '2026-04-01'],
    ['Europe/Paris', '2026-10-22T12:00:00Z', '2026-10-22', '2026-10-28'],
    ['America/New_York', '2026-03-05T12:00:00Z', '2026-03-05', '2026-03-11'],
    ['America/New_York', '2026-10-29T12:00:00Z', '2026-10-29', '2026-11-04'],
  ])('a week over a DST switch in %s has seven distinct days', (zone, instant, first, last) => {
    const plan = weekPlan(at(instant), settingsIn(zone), []);
    expect(plan[0].date).toBe(first);
    expect(plan[6].date).toBe(last);
    expect(new Set(plan.map((day) => day.date)).size).toBe(7);
  });

  test('whether a post was logged on each day, in the brand zone', () => {
    const now = at('2026-06-10T10:00:00Z');
    const log = [
      post('2026-06-10T06:00:00Z'),
      post('2026-06-10T07:00:00Z'),
      // 23:30 on the 9th in New York is already the 10th in UTC; it belongs to the 9th.
      post('2026-06-10T03:30:00Z'),
    ];
    const plan = weekPlan(now, settingsIn('America/New_York'), log);
    expect(plan[0]).toMatchObject({ date: '2026-06-10', posted: true, postCount: 2 });
    expect(plan[1]).toMatchObject({ posted: false, postCount: 0 });
  });

  test('what the mix needs rotates over the week instead of repeating one type', () => {
    const plan = weekPlan(at('2026-06-10T10:00:00Z'), settingsIn('Europe/Paris'), []);
    expect(plan[0].neededCategory).toBe('theme');
    expect(new Set(plan.map((day) => day.neededCategory)).size).toBeGreaterThan(3);
    expect(new Set(plan.map((day) => day.neededFormat)).size).toBeGreaterThan(1);
  });

  test('the mix starts from what was really posted', () => {
    const now = at('2026-06-10T10:00:00Z');
    const log = [1, 2, 3].map((days) =>
      post(now - days * 86_400_000, { category: 'theme', format: 'image' }),
    );
    const [today] = weekPlan(now, settingsIn('Europe/Paris'), log);
    expect(today.neededCategory).toBe('question');
    expect(today.neededFormat).toBe('video');
  });

  test('local events on each day', () => {
    const settings = settingsIn('Europe/Paris');
    settings.localEvents = [{ id: 'e', name: 'Fair', start: '2026-06-11', end: '2026-06-12' }];
    const plan = weekPlan(at('2026-06-10T10:00:00Z'), settings, []);
    expect(plan.map((day) => day.events.length)).toEqual([0, 1, 1, 0, 0, 0, 0]);
  });
});
