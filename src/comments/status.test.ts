import { describe, expect, test } from 'vitest';
import type { CommentRecord, CommentStatus } from '../shared/comment';
import { allowedEvents, answerTime, type CommentEvent, transition } from './status';

const base: CommentRecord = {
  id: 'x:123',
  network: 'x',
  author: '@ana',
  excerpt: 'Where is my order?',
  writtenAt: 1_000,
  firstSeenAt: 2_000,
  pageUrl: 'https://x.com/brand/status/1',
  status: 'awaiting',
  statusChangedAt: 2_000,
  dueAt: 50_000,
};
const record = (status: CommentStatus, extra: Partial<CommentRecord> = {}): CommentRecord => ({
  ...base,
  status,
  ...extra,
});
const now = 9_000;

describe('transition', () => {
  test.each<[CommentStatus, CommentEvent, CommentStatus, string | undefined]>([
    ['awaiting', { type: 'seen-reply' }, 'answered', undefined],
    ['awaiting', { type: 'mark-answered' }, 'answered', undefined],
    ['awaiting', { type: 'mark-no-reply-needed', reason: '  spam  ' }, 'no-reply-needed', 'spam'],
    ['awaiting', { type: 'mark-no-reply-needed' }, 'no-reply-needed', undefined],
    ['awaiting', { type: 'mark-no-reply-needed', reason: '   ' }, 'no-reply-needed', undefined],
    ['answered', { type: 'reopen' }, 'awaiting', undefined],
    ['answered', { type: 'mark-no-reply-needed', reason: 'troll' }, 'no-reply-needed', 'troll'],
    ['no-reply-needed', { type: 'reopen' }, 'awaiting', undefined],
    ['no-reply-needed', { type: 'mark-answered' }, 'answered', undefined],
  ])('%s + %o → %s', (from, event, to, reason) => {
    const next = transition(record(from, from === 'no-reply-needed' ? { reason: 'old' } : {}), event, now);
    expect(next.status).toBe(to);
    expect(next.statusChangedAt).toBe(now);
    expect(next.reason).toBe(reason);
    expect('reason' in next).toBe(reason !== undefined);
  });

  test.each<[CommentStatus, CommentEvent]>([
    ['awaiting', { type: 'reopen' }],
    ['answered', { type: 'seen-reply' }],
    ['answered', { type: 'mark-answered' }],
    ['no-reply-needed', { type: 'seen-reply' }],
    ['no-reply-needed', { type: 'mark-no-reply-needed', reason: 'old' }],
  ])('%s + %o: unchanged, the same object', (from, event) => {
    const before = record(from, from === 'no-reply-needed' ? { reason: 'old' } : {});
    expect(transition(before, event, now)).toBe(before);
    expect(allowedEvents(from).includes(event.type)).toBe(event.type === 'mark-no-reply-needed');
  });

  test('a new reason keeps the time the comment was closed', () => {
    const closed = record('no-reply-needed', { reason: 'old', statusChangedAt: 5_000 });
    const next = transition(closed, { type: 'mark-no-reply-needed', reason: 'spam' }, now);
    expect(next).toMatchObject({ status: 'no-reply-needed', reason: 'spam', statusChangedAt: 5_000 });
  });

  test('does not mutate its input', () => {
    const before = record('awaiting');
    const copy = structuredClone(before);
    transition(before, { type: 'mark-answered' }, now);
    expect(before).toEqual(copy);
  });
});

describe('answerTime', () => {
  test.each<[string, CommentRecord, number | undefined]>([
    ['answered after being seen', record('answered', { statusChangedAt: 7_000 }), 6_000],
    ['already answered when first seen', record('answered', { statusChangedAt: 2_000 }), undefined],
    ['still awaiting', record('awaiting'), undefined],
    ['no reply needed', record('no-reply-needed', { statusChangedAt: 7_000 }), undefined],
  ])('%s', (_name, comment, expected) => {
    expect(answerTime(comment)).toBe(expected);
  });
});
