import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AttachmentKind } from '../shared/draft';
import { networks } from '../shared/networks';
import { runRules } from './index';
import { context, post } from './test-kit';

/**
 * No rule may throw or hang, whatever the page hands us: arbitrary Unicode up to 100,000
 * characters, lone surrogates, and inputs known to make URL expressions backtrack.
 */
const pathological = fc.constantFrom(
  'a.'.repeat(50_000),
  'a-b.'.repeat(25_000),
  `http://${'a.'.repeat(20_000)}`,
  '#'.repeat(100_000),
  '!?'.repeat(50_000),
  '\u0301'.repeat(100_000),
  '\ud83d'.repeat(50_000),
  '👨‍👩‍👧'.repeat(12_000),
  'www.'.repeat(25_000),
  `${'конкурс '.repeat(10_000)}`,
  'ЁЁЁ ЖЖЖ '.repeat(12_000),
);

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2_000 }),
  fc.string({ unit: 'grapheme', maxLength: 2_000 }),
  fc.string({ unit: 'binary', minLength: 90_000, maxLength: 100_000 }),
  pathological,
);

const draftArbitrary = fc.record({
  text,
  network: fc.constantFrom(...networks),
  kind: fc.constantFrom('post' as const, 'reply' as const),
  replyTo: fc.option(fc.string({ unit: 'binary', maxLength: 500 }), { nil: undefined }),
  attachments: fc.subarray<AttachmentKind>(['image', 'video', 'audio', 'poll']),
});

describe('every rule on arbitrary input', () => {
  test('never throws (failures stay empty) and returns', () => {
    const ctx = context({ log: [post(1), post(3, { network: 'x' }), post(30, { category: 'contest' })] });
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        const result = runRules(draft, ctx);
        expect(result.failures).toEqual([]);
        for (const finding of result.findings) expect(typeof finding.message).toBe('string');
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
