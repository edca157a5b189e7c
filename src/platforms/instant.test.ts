import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseInstant } from './instant';

test('reads the networks’ UTC instants as Date.parse does', () => {
  expect(parseInstant('2025-11-20T09:05:00.000Z')).toBe(Date.UTC(2025, 10, 20, 9, 5));
  expect(parseInstant('2024-02-29T23:59:59.999Z')).toBe(Date.parse('2024-02-29T23:59:59.999Z'));
  expect(parseInstant('1969-12-31T23:59:59.001Z')).toBe(-999);
  expect(parseInstant('0000-01-01T00:00:00.000Z')).toBe(Date.parse('0000-01-01T00:00:00.000Z'));
});

test('leaves every other form, and impossible fields, to Date.parse', () => {
  for (const value of [
    '2025-11-20T09:05:00Z',
    '2025-11-20T10:05:00.000+01:00',
    '2025-02-30T00:00:00.000Z',
    '2025-04-31T00:00:00.000Z',
    '2025-13-01T00:00:00.000Z',
    '2024-02-29T24:00:00.000Z',
    '2025-1a-20T09:05:00.000Z',
    '20251120T09:05:00.0000Z',
    'yesterday',
    '',
  ])
    expect(parseInstant(value)).toStrictEqual(Date.parse(value));
});

test('agrees with Date.parse on arbitrary instants in the canonical form', () => {
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('0000-01-01T00:00:00.000Z'),
        max: new Date('9999-12-31T23:59:59.999Z'),
        noInvalidDate: true,
      }),
      (date) => {
        const value = date.toISOString();
        expect(parseInstant(value)).toBe(Date.parse(value));
      },
    ),
    { numRuns: 5_000 },
  );
});

test('agrees with Date.parse on arbitrary 24-character strings of that shape', () => {
  const digit = fc.constantFrom(...'0123456789');
  const field = (length: number) => fc.string({ unit: digit, minLength: length, maxLength: length });
  fc.assert(
    fc.property(
      field(4),
      field(2),
      field(2),
      field(2),
      field(2),
      field(2),
      field(3),
      (y, mo, d, h, mi, s, ms) => {
        const value = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`;
        expect(parseInstant(value)).toStrictEqual(Date.parse(value));
      },
    ),
    { numRuns: 5_000 },
  );
});
