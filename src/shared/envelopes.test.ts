import { describe, expect, test } from 'vitest';
import { envelopeOf, tabMessageOf } from './envelopes';

describe('envelopeOf', () => {
  test('an answer, with data or without', () => {
    expect(envelopeOf({ ok: true, data: { n: 1 } })).toEqual({ ok: true, data: { n: 1 } });
    expect(envelopeOf({ ok: true })).toEqual({ ok: true, data: undefined });
  });

  test('an error keeps its code, message and problems', () => {
    const error = { code: 'invalid', message: 'Bad', problems: [{ path: 'a', message: 'b' }] };
    expect(envelopeOf({ ok: false, error })).toEqual({ ok: false, error });
    expect(envelopeOf({ ok: false, error: { code: 'x', message: 'y' } })).toEqual({
      ok: false,
      error: { code: 'x', message: 'y' },
    });
  });

  test.each([
    null,
    'ok',
    [],
    {},
    { ok: 'true' },
    { ok: false },
    { ok: false, error: 'boom' },
    { ok: false, error: { code: 1, message: 'm' } },
    { ok: false, error: { code: 'c' } },
    { ok: false, error: { code: 'c', message: 'm', problems: 'p' } },
  ])('%j is not an envelope', (raw) => {
    expect(envelopeOf(raw)).toBeNull();
  });
});

describe('tabMessageOf', () => {
  test.each(['panel.toggle', 'ping', 'settings.changed'])('%s is a tab message', (type) => {
    expect(tabMessageOf({ type })).toEqual({ type });
  });

  test.each([null, 'ping', {}, { type: 'pong' }, { type: 'ping', extra: 1 }, { type: ['ping'] }])(
    '%j is not',
    (raw) => {
      expect(tabMessageOf(raw)).toBeNull();
    },
  );
});
