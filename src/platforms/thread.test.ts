import { describe, expect, test } from 'vitest';
import { FIELD_LIMITS, seenComment } from './thread';

const context = { pageUrl: 'https://x.com/acmebrand/status/1', brandHandles: ['acmebrand'] };
const item = { id: '101', author: 'alice', text: 'Do you ship to Canada?' };

describe('seenComment', () => {
  test('clips what the page gave to what the background accepts', () => {
    const comment = seenComment(
      'x',
      { ...context, pageUrl: `https://x.com/${'p'.repeat(3_000)}` },
      { id: '9'.repeat(1_000), author: 'A'.repeat(1_000), text: 'word '.repeat(200) },
      false,
      'q'.repeat(1_000),
    );
    expect(comment.id).toHaveLength(FIELD_LIMITS.id);
    expect(comment.author).toHaveLength(FIELD_LIMITS.author);
    expect(comment.author.endsWith('…')).toBe(true);
    expect(comment.pageUrl).toHaveLength(FIELD_LIMITS.pageUrl);
    expect(comment.postId).toHaveLength(FIELD_LIMITS.postId);
    expect(comment.excerpt).toHaveLength(500);
  });

  test.each([
    ['the page’s datetime text, as it stands', '2025-11-20T09:05:00.000Z', '2025-11-20T09:05:00.000Z'],
    ['milliseconds', 1_763_629_500_000, 1_763_629_500_000],
    ['a text longer than any date: left out', `2025-11-20T09:05:00.000Z${' '.repeat(100)}`, undefined],
    ['milliseconds that are no number: left out', Number.NaN, undefined],
    ['no time', undefined, undefined],
  ])('writtenAt: %s', (_label, writtenAt, expected) => {
    const comment = seenComment('x', context, { ...item, writtenAt }, false);
    expect(comment.writtenAt).toBe(expected);
    expect('writtenAt' in comment).toBe(expected !== undefined);
  });
});
