import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { resolveZone } from '../shared/time';
import {
  addBusinessHours,
  type BusinessHours,
  businessMinutesBetween,
  isWithinBusinessHours,
} from './business-hours';

// Instants are written with their UTC offset, so expectations don't depend on the code under test.
const at = (iso: string) => Date.parse(iso);
const weekdays = [1, 2, 3, 4, 5];
const paris: BusinessHours = { days: weekdays, open: '09:00', close: '18:00', timeZone: 'Europe/Paris' };
const newYork: BusinessHours = { ...paris, timeZone: 'America/New_York' };
const tueToSat: BusinessHours = {
  days: [2, 3, 4, 5, 6],
  open: '10:00',
  close: '16:00',
  timeZone: 'Europe/Paris',
};
const parisSundayNight: BusinessHours = {
  days: [0],
  open: '00:00',
  close: '12:00',
  timeZone: 'Europe/Paris',
};
const newYorkEveryDay: BusinessHours = { ...newYork, days: [0, 1, 2, 3, 4, 5, 6] };
const kolkata: BusinessHours = { ...paris, timeZone: 'Asia/Kolkata' };
const utc: BusinessHours = { ...paris, timeZone: 'UTC' };

describe('addBusinessHours', () => {
  test.each([
    ['same day', paris, '2025-03-03T10:00+01:00', 6, '2025-03-03T16:00+01:00'],
    ['into the next day', paris, '2025-03-03T14:00+01:00', 6, '2025-03-04T11:00+01:00'],
    ['over a weekend', paris, '2025-03-07T16:00+01:00', 6, '2025-03-10T13:00+01:00'],
    ['written on Saturday', paris, '2025-03-08T11:00+01:00', 6, '2025-03-10T15:00+01:00'],
    ['written overnight', paris, '2025-03-04T22:00+01:00', 6, '2025-03-05T15:00+01:00'],
    ['written before opening', paris, '2025-03-04T07:00+01:00', 1, '2025-03-04T10:00+01:00'],
    ['ends exactly at closing', paris, '2025-03-04T12:00+01:00', 6, '2025-03-04T18:00+01:00'],
    ['written at closing', paris, '2025-03-04T18:00+01:00', 1, '2025-03-05T10:00+01:00'],
    ['several days', paris, '2025-03-03T09:00+01:00', 30, '2025-03-06T12:00+01:00'],
    [
      'the longest deadline (16 weeks, across DST)',
      paris,
      '2025-03-03T09:00+01:00',
      720,
      '2025-06-20T18:00+02:00',
    ],
    ['Paris spring-forward weekend', paris, '2025-03-28T15:00+01:00', 6, '2025-03-31T12:00+02:00'],
    ['Paris fall-back weekend', paris, '2025-10-24T15:00+02:00', 6, '2025-10-27T12:00+01:00'],
    ['New York spring-forward weekend', newYork, '2025-03-07T15:00-05:00', 6, '2025-03-10T12:00-04:00'],
    ['New York fall-back weekend', newYork, '2025-10-31T15:00-04:00', 6, '2025-11-03T12:00-05:00'],
    [
      'New York open on the DST Sunday',
      newYorkEveryDay,
      '2025-03-08T17:00-05:00',
      2,
      '2025-03-09T10:00-04:00',
    ],
    [
      'a 00:00–12:00 day losing an hour to DST',
      parisSundayNight,
      '2025-03-30T00:00+01:00',
      11,
      '2025-03-30T12:00+02:00',
    ],
    [
      'a 00:00–12:00 day gaining an hour from DST',
      parisSundayNight,
      '2025-10-26T00:00+02:00',
      13,
      '2025-10-26T12:00+01:00',
    ],
    ['custom days: Saturday into Tuesday', tueToSat, '2025-03-08T14:00+01:00', 6, '2025-03-11T14:00+01:00'],
    ['custom days: Monday is closed', tueToSat, '2025-03-10T09:00+01:00', 1, '2025-03-11T11:00+01:00'],
    ['half-hour zone', kolkata, '2025-03-03T17:30+05:30', 1, '2025-03-04T09:30+05:30'],
    ['quarter of an hour', paris, '2025-03-03T17:50+01:00', 0.25, '2025-03-04T09:05+01:00'],
    ['over New Year', utc, '2025-12-31T17:00Z', 2, '2026-01-01T10:00Z'],
  ])('%s', (_name, hours, start, deadline, expected) => {
    expect(new Date(addBusinessHours(at(start), deadline, hours)).toISOString()).toBe(
      new Date(at(expected)).toISOString(),
    );
  });

  test.each([
    [
      'no business days: around the clock',
      { ...paris, days: [] },
      30,
      at('2025-03-08T11:00+01:00') + 30 * 3_600_000,
    ],
    [
      'closing not after opening: around the clock',
      { ...paris, close: '09:00' },
      2,
      at('2025-03-08T13:00+01:00'),
    ],
    ['zero hours: unchanged', paris, 0, at('2025-03-08T11:00+01:00')],
  ])('%s', (_name, hours, deadline, expected) => {
    expect(addBusinessHours(at('2025-03-08T11:00+01:00'), deadline, hours)).toBe(expected);
  });

  test("an empty zone means the browser's", () => {
    const start = at('2025-03-07T16:00Z');
    expect(addBusinessHours(start, 6, { ...paris, timeZone: '' })).toBe(
      addBusinessHours(start, 6, { ...paris, timeZone: resolveZone('') }),
    );
  });
});

describe('isWithinBusinessHours', () => {
  test.each([
    [paris, '2025-03-03T09:00+01:00', true],
    [paris, '2025-03-03T08:59+01:00', false],
    [paris, '2025-03-03T17:59+01:00', true],
    [paris, '2025-03-03T18:00+01:00', false],
    [paris, '2025-03-08T12:00+01:00', false],
    [paris, '2025-03-31T09:30+02:00', true],
    [newYork, '2025-03-03T09:30+01:00', false],
    [newYork, '2025-03-03T15:30+01:00', true],
    [tueToSat, '2025-03-08T15:00+01:00', true],
    [tueToSat, '2025-03-10T12:00+01:00', false],
    [{ ...paris, days: [] }, '2025-03-08T03:00+01:00', true],
  ])('%o at %s: %s', (hours, when, expected) => {
    expect(isWithinBusinessHours(at(when), hours)).toBe(expected);
  });
});

describe('businessMinutesBetween', () => {
  test.each([
    ['within a day', paris, '2025-03-03T10:00+01:00', '2025-03-03T11:30+01:00', 90],
    ['over a weekend', paris, '2025-03-07T17:00+01:00', '2025-03-10T10:00+01:00', 120],
    ['both outside hours', paris, '2025-03-07T20:00+01:00', '2025-03-08T20:00+01:00', 0],
    ['a full week', paris, '2025-03-03T00:00+01:00', '2025-03-10T00:00+01:00', 5 * 9 * 60],
    ['backwards is negative', paris, '2025-03-10T10:00+01:00', '2025-03-07T17:00+01:00', -120],
    ['a DST day of 11 hours', parisSundayNight, '2025-03-29T12:00+01:00', '2025-03-31T00:00+02:00', 660],
    ['a 9–18 day on a DST Sunday', newYorkEveryDay, '2025-03-09T00:00-05:00', '2025-03-10T00:00-04:00', 540],
    ['no business days', { ...paris, days: [] }, '2025-03-08T10:00+01:00', '2025-03-08T11:00+01:00', 60],
  ])('%s', (_name, hours, from, to, expected) => {
    expect(businessMinutesBetween(at(from), at(to), hours)).toBe(expected);
  });

  test('is the inverse of addBusinessHours', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.integer({ min: at('2024-01-01T00:00Z'), max: at('2027-01-01T00:00Z') }),
        fc.integer({ min: 1, max: 2880 }),
        fc.constantFrom(...zones),
        fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 }),
        (start, minutes, timeZone, days) => {
          const hours = { days, open: '08:30', close: '17:15', timeZone };
          const due = addBusinessHours(start, minutes / 60, hours);
          expect(businessMinutesBetween(start, due, hours)).toBeCloseTo(minutes, 6);
        },
      ),
      { numRuns: 300 },
    );
  });
});
