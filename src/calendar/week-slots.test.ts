import { describe, expect, test } from 'vitest';
import type { CadenceSettings } from '../shared/settings-schema';
import { daySlots } from './week-slots';

const hourly = (dailyCap: number, quietHours: CadenceSettings['quietHours'] = null): CadenceSettings => ({
  dailyCap,
  minGapMinutes: 60,
  quietHours,
});
const iso = (epoch: number) => new Date(epoch).toISOString();

describe('daySlots', () => {
  test('an ordinary day: one slot per gap from midnight, up to the cap', () => {
    const slots = daySlots('2026-12-01', 'Europe/Paris', {
      dailyCap: 2,
      minGapMinutes: 240,
      quietHours: null,
    });
    expect(slots.map(iso)).toEqual(['2026-11-30T23:00:00.000Z', '2026-12-01T03:00:00.000Z']);
  });

  test.each([
    ['Europe/Paris', '2026-03-29', 23],
    ['Europe/Paris', '2026-10-25', 25],
    ['Europe/Paris', '2026-03-30', 24],
    ['America/New_York', '2026-03-08', 23],
    ['America/New_York', '2026-11-01', 25],
    ['Asia/Tokyo', '2026-03-29', 24],
  ])('%s on %s has %i hourly slots', (zone, day, count) => {
    expect(daySlots(day, zone, hourly(30))).toHaveLength(count);
  });

  test('the cap still holds on a long day', () => {
    expect(daySlots('2026-10-25', 'Europe/Paris', hourly(5))).toHaveLength(5);
  });

  test('quiet hours across the skipped hour of spring forward', () => {
    // 01:00–04:00 wall time is two real hours that night: 00:00, then 04:00 to 23:00.
    const slots = daySlots('2026-03-29', 'Europe/Paris', hourly(30, { from: '01:00', to: '04:00' }));
    expect(slots).toHaveLength(21);
    expect(iso(slots[0])).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(slots[1])).toBe('2026-03-29T02:00:00.000Z');
    expect(iso(slots.at(-1) as number)).toBe('2026-03-29T21:00:00.000Z');
  });

  test('quiet hours over midnight keep the night free and end the day early', () => {
    const slots = daySlots('2026-10-25', 'Europe/Paris', hourly(30, { from: '22:00', to: '07:00' }));
    // 07:00 to 21:00 wall time, after the clocks went back: 15 slots, first at 07:00 CET.
    expect(slots).toHaveLength(15);
    expect(iso(slots[0])).toBe('2026-10-25T06:00:00.000Z');
  });

  test('no gap: the whole cap opens at the first moment', () => {
    const slots = daySlots('2026-12-01', 'UTC', { dailyCap: 3, minGapMinutes: 0, quietHours: null });
    expect(slots.map(iso)).toEqual(Array(3).fill('2026-12-01T00:00:00.000Z'));
  });

  test('a gap longer than the day leaves one slot', () => {
    expect(
      daySlots('2026-12-01', 'UTC', { dailyCap: 3, minGapMinutes: 24 * 60 + 1, quietHours: null }),
    ).toHaveLength(1);
  });
});
