import fc from 'fast-check';
import { expect, test } from 'vitest';
import { profileOf, statusOf } from './x-tweet';

const statusPath = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;
const profilePath = /^\/([A-Za-z0-9_]{1,15})$/;

/** Paths made of the pieces that matter: handles of every length, `/status/`, digits, strays. */
const path = fc
  .array(
    fc.constantFrom(
      '/',
      'status',
      '/status/',
      'acme',
      'Acme_1',
      'a',
      '0123456789',
      '1790',
      'x'.repeat(15),
      'é',
      '?',
      '.',
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

test('statusOf reads a status link as the expression would', () => {
  expect(statusOf('/acme/status/123/photo/1')).toEqual({ handle: 'acme', id: '123' });
  expect(statusOf('/acme/status/')).toBeNull();
  expect(statusOf(`/${'a'.repeat(16)}/status/1`)).toBeNull();
  fc.assert(
    fc.property(fc.oneof(path, fc.string()), (value) => {
      const match = statusPath.exec(value);
      expect(statusOf(value)).toEqual(match ? { handle: match[1], id: match[2] } : null);
    }),
    { numRuns: 5_000 },
  );
});

test('profileOf reads a profile link as the expression would', () => {
  expect(profileOf('/Acme_1')).toBe('Acme_1');
  expect(profileOf('/acme/')).toBeNull();
  expect(profileOf('/')).toBeNull();
  fc.assert(
    fc.property(fc.oneof(path, fc.string()), (value) => {
      expect(profileOf(value)).toBe(profilePath.exec(value)?.[1] ?? null);
    }),
    { numRuns: 5_000 },
  );
});
