import { describe, expect, test } from 'vitest';
import type { CommentRecord } from '../shared/comment';
import { type BrandSettings, defaultSettings, settingsFor } from '../shared/settings-defaults';
import { DAY, HOUR, MINUTE } from '../shared/time';
import { answerReport } from './answer-report';

// Monday 2 March 2026, open Monday to Friday 9:00–18:00 UTC, 6-hour deadline.
const base = settingsFor(defaultSettings('en'));
const brand: BrandSettings = {
  ...base,
  businessHours: { ...base.businessHours, timeZone: 'UTC' },
  communicationPolicy: [
    { category: 'question', person: 'Alice', deadlineHours: null, guidance: '' },
    { category: 'complaint', person: 'Bob', deadlineHours: 2, guidance: '' },
  ],
};
const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z');
const start = Date.parse('2026-03-02T00:00:00Z');
const end = start + 7 * DAY;
const NOW = Date.parse('2026-03-06T12:00:00Z');

let seq = 0;
/** A comment written at `writtenAt`, answered `answeredAfter` later (if given), seen first when written. */
function comment(
  writtenAt: number,
  extra: Partial<CommentRecord> & { answeredAfter?: number; deadline?: number } = {},
): CommentRecord {
  const { answeredAfter, deadline = 6 * HOUR, ...rest } = extra;
  seq += 1;
  return {
    id: `x:${seq}`,
    network: 'x',
    author: 'someone',
    excerpt: 'hello',
    writtenAt,
    firstSeenAt: writtenAt,
    pageUrl: 'https://x.com/acme/status/1',
    status: answeredAfter === undefined ? 'awaiting' : 'answered',
    statusChangedAt: answeredAfter === undefined ? writtenAt : writtenAt + answeredAfter,
    dueAt: writtenAt + deadline,
    ...rest,
  };
}

describe('answer times over a period', () => {
  const comments = [
    comment(MONDAY_9, { category: 'question', answeredAfter: 30 * MINUTE }),
    comment(MONDAY_9, { category: 'question', answeredAfter: 2 * HOUR, network: 'facebook' }),
    comment(MONDAY_9, { category: 'complaint', answeredAfter: 3 * HOUR, deadline: 2 * HOUR }),
    comment(MONDAY_9, { category: 'praise', answeredAfter: 8 * HOUR }),
    // Awaiting, past its deadline.
    comment(MONDAY_9 + DAY, { category: 'question' }),
    // Awaiting, deadline still ahead at NOW.
    comment(NOW - HOUR, { category: 'question' }),
    // Already answered when first seen: no known answer time.
    comment(MONDAY_9, {
      category: 'question',
      status: 'answered',
      firstSeenAt: MONDAY_9 + HOUR,
      statusChangedAt: MONDAY_9 + HOUR,
    }),
    // Before the period.
    comment(start - HOUR, { category: 'question', answeredAfter: 10 * HOUR }),
  ];
  const report = answerReport(comments, () => brand, start, end, NOW);

  test('the median and the share answered by the deadline, over all comments', () => {
    expect(report.all).toEqual({
      key: 'all',
      written: 7,
      answered: 4,
      medianMinutes: 150,
      withinDeadline: 0.5,
    });
  });

  test('per network, with only the networks that had comments', () => {
    expect(report.byNetwork.map((row) => [row.key, row.written, row.medianMinutes])).toEqual([
      ['x', 6, 180],
      ['facebook', 1, 120],
    ]);
  });

  test('per category, the complaint judged by its own 2-hour deadline', () => {
    const rows = Object.fromEntries(report.byCategory.map((row) => [row.key, row]));
    expect(rows.question).toMatchObject({ written: 5, answered: 2, medianMinutes: 75, withinDeadline: 1 });
    expect(rows.complaint).toMatchObject({ answered: 1, medianMinutes: 180, withinDeadline: 0 });
    expect(rows.praise).toMatchObject({ medianMinutes: 480, withinDeadline: 0 });
  });

  test('per person of the policy, unnamed categories last under ""', () => {
    expect(report.byPerson.map((row) => [row.key, row.written, row.medianMinutes])).toEqual([
      ['Alice', 5, 75],
      ['Bob', 1, 180],
      ['', 1, 480],
    ]);
  });

  test('answer times are counted in business hours', () => {
    const friday = Date.parse('2026-03-06T17:00:00Z');
    // Answered Monday 10:00: one hour on Friday, one on Monday.
    const late = comment(friday, { answeredAfter: Date.parse('2026-03-09T10:00:00Z') - friday });
    expect(answerReport([late], () => brand, start, end + 7 * DAY, NOW).all.medianMinutes).toBe(120);
  });

  test('the backlog: overdue, answered late, and stale by age or by status', () => {
    expect(report.backlog).toEqual({
      overdue: 1,
      stale: 0,
      answeredLate: 2,
      byNetwork: { x: { overdue: 1, stale: 0 } },
    });
    const later = NOW + 40 * DAY;
    const old = comment(MONDAY_9, { network: 'vk' });
    const setAside = comment(MONDAY_9, { status: 'stale' as CommentRecord['status'] });
    expect(answerReport([old, setAside], () => brand, start, end, later).backlog).toEqual({
      overdue: 0,
      stale: 2,
      answeredLate: 0,
      byNetwork: { vk: { overdue: 0, stale: 1 }, x: { overdue: 0, stale: 1 } },
    });
  });
});
