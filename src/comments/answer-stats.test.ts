import { expect, test } from 'vitest';
import type { CommentRecord } from '../shared/comment';
import { answerTimeStatsOf } from './answer-stats';

const hours = { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', timeZone: 'UTC' };
const mondayNine = Date.parse('2025-03-03T09:00Z');
const MINUTE = 60_000;

const answeredAfter = (minutes: number): CommentRecord => ({
  id: `x:${minutes}`,
  network: 'x',
  author: '@ana',
  excerpt: '',
  writtenAt: mondayNine,
  firstSeenAt: mondayNine,
  pageUrl: '',
  status: 'answered',
  statusChangedAt: mondayNine + minutes * MINUTE,
  dueAt: 0,
});

test.each([
  ['none', [], { count: 0, averageMinutes: null, medianMinutes: null }],
  ['one', [30], { count: 1, averageMinutes: 30, medianMinutes: 30 }],
  [
    'an even count: the middle two averaged',
    [10, 40, 20, 90],
    { count: 4, averageMinutes: 40, medianMinutes: 30 },
  ],
  ['an odd count', [300, 10, 20], { count: 3, averageMinutes: 110, medianMinutes: 20 }],
  // 9:00 Monday to 10:00 Tuesday: 9 business hours + 1 = 600 business minutes.
  ['overnight counts business time only', [25 * 60], { count: 1, averageMinutes: 600, medianMinutes: 600 }],
])('%s', (_name, minutes, expected) => {
  expect(answerTimeStatsOf(minutes.map(answeredAfter), hours)).toEqual(expected);
});
