import type { SeenComment } from '../shared/comment';
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { beforeEach, describe, expect, test } from 'vitest';
import type { CommentRecord } from '../shared/comment';
import type { BrandSettings } from '../shared/settings-defaults';
import { defaultSettings, settingsFor } from '../shared/settings-defaults';
import {
  answerTimeStats,
  awaitingDueBetween,
  awaitingList,
  awaitingOnPage,
  awaitingSummary,
  getComment,
  markComment,
  pruneClosed,
  upsertComments,
} from './comments-repo';
import { DB_NAME, database, resetDatabaseConnection } from './db';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const hours = { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', timeZone: 'Europe/Paris' };
const settings: BrandSettings = { ...settingsFor(defaultSettings()), businessHours: hours };
const mondayTen = at('2025-03-03T10:00+01:00');

const seen = (id: string, extra: Partial<SeenComment> = {}): SeenComment => ({
  id: `x:${id}`,
  network: 'x',
  author: '@ana',
  excerpt: 'Love it',
  pageUrl: 'https://x.com/brand/status/1',
  answeredByBrand: false,
  ...extra,
});

const stored = (id: string, extra: Partial<CommentRecord> = {}): CommentRecord => ({
  id,
  network: 'x',
  author: '@ana',
  excerpt: 'Hello',
  writtenAt: mondayTen,
  firstSeenAt: mondayTen,
  pageUrl: 'https://x.com/brand/status/1',
  status: 'awaiting',
  statusChangedAt: mondayTen,
  dueAt: mondayTen + 6 * HOUR,
  ...extra,
});

async function put(...records: CommentRecord[]) {
  const db = await database();
  await Promise.all(records.map((record) => db.put('comments', record)));
}

beforeEach(async () => {
  resetDatabaseConnection();
  await deleteDB(DB_NAME);
});

describe('upsertComments', () => {
  test('a new comment is classified, given a deadline in business hours, and awaits', async () => {
    const written = at('2025-03-07T16:00+01:00');
    const now = at('2025-03-10T09:30+01:00');
    const result = await upsertComments(
      [seen('1', { excerpt: 'My order never arrived', writtenAt: written })],
      settings,
      now,
    );
    expect(result).toEqual({ added: 1, updated: 0 });
    expect(await getComment('x:1')).toMatchObject({
      category: 'complaint',
      status: 'awaiting',
      writtenAt: written,
      firstSeenAt: now,
      statusChangedAt: now,
      dueAt: at('2025-03-10T13:00+01:00'),
    });
  });

  test.each([
    ['no time on the page: written when first seen', undefined, mondayTen],
    ['a time in the future: clamped to now', mondayTen + DAY, mondayTen],
    // Pages send their `datetime` text as it stands: the background reads it.
    ["the page's datetime text, read here", new Date(mondayTen - HOUR).toISOString(), mondayTen - HOUR],
    ['a datetime text that names no time: written when first seen', 'yesterday', mondayTen],
  ])('%s', async (_name, writtenAt, expected) => {
    await upsertComments([seen('1', { writtenAt })], settings, mondayTen);
    expect((await getComment('x:1'))?.writtenAt).toBe(expected);
  });

  test('a comment first seen with a brand reply is answered', async () => {
    await upsertComments([seen('1', { answeredByBrand: true })], settings, mondayTen);
    expect((await getComment('x:1'))?.status).toBe('answered');
  });

  test('seeing the same comments again changes nothing', async () => {
    const batch = [seen('1'), seen('2'), seen('2')];
    expect(await upsertComments(batch, settings, mondayTen)).toEqual({ added: 2, updated: 0 });
    expect(await upsertComments(batch, settings, mondayTen + HOUR)).toEqual({ added: 0, updated: 0 });
    expect(await getComment('x:1')).toMatchObject({ firstSeenAt: mondayTen });
  });

  test('two tabs writing the same comments at once make one record each', async () => {
    const batch = Array.from({ length: 50 }, (_, index) =>
      seen(String(index), { writtenAt: mondayTen - index }),
    );
    const [first, second] = await Promise.all([
      upsertComments(batch, settings, mondayTen),
      upsertComments([...batch].reverse(), settings, mondayTen + 1),
    ]);
    expect(first.added + second.added).toBe(50);
    expect(await (await database()).count('comments')).toBe(50);
  });

  test.each<[string, CommentRecord['status'], boolean, CommentRecord['status']]>([
    ['awaiting, a brand reply now seen: answered', 'awaiting', true, 'answered'],
    ['awaiting, still no reply: awaiting', 'awaiting', false, 'awaiting'],
    ['answered by the user, no reply on the page: still answered', 'answered', false, 'answered'],
    ['no reply needed (user), a reply seen: the user decided', 'no-reply-needed', true, 'no-reply-needed'],
  ])('%s', async (_name, status, answeredByBrand, expected) => {
    await put(stored('x:1', { status, ...(status === 'no-reply-needed' ? { reason: 'troll' } : {}) }));
    const result = await upsertComments([seen('1', { answeredByBrand })], settings, mondayTen + HOUR);
    const after = await getComment('x:1');
    expect(after?.status).toBe(expected);
    expect(after?.statusChangedAt).toBe(status === expected ? mondayTen : mondayTen + HOUR);
    expect(result.updated).toBe(status === expected ? 0 : 1);
  });

  test('keeps the first sighting: author, excerpt, page and written time', async () => {
    await upsertComments([seen('1', { writtenAt: mondayTen - HOUR })], settings, mondayTen);
    await upsertComments(
      [
        seen('1', {
          writtenAt: mondayTen - 2 * HOUR,
          excerpt: 'Love it…',
          pageUrl: 'https://x.com/i/notifications',
        }),
      ],
      settings,
      mondayTen + HOUR,
    );
    expect(await getComment('x:1')).toMatchObject({
      writtenAt: mondayTen - HOUR,
      excerpt: 'Love it',
      pageUrl: 'https://x.com/brand/status/1',
    });
  });

  test.each([
    ['milliseconds', mondayTen - HOUR],
    ['datetime text', new Date(mondayTen - HOUR).toISOString()],
  ])(
    "the page's own time (%s) replaces a guessed one, and the deadline follows",
    async (_form, writtenAt) => {
      await upsertComments([seen('1')], settings, mondayTen);
      const result = await upsertComments([seen('1', { writtenAt, postId: 'p1' })], settings, mondayTen);
      expect(result).toEqual({ added: 0, updated: 1 });
      expect(await getComment('x:1')).toMatchObject({
        writtenAt: mondayTen - HOUR,
        dueAt: mondayTen + 5 * HOUR,
        postId: 'p1',
      });
    },
  );

  test('the communication policy sets the deadline of a category', async () => {
    const withPolicy: BrandSettings = {
      ...settings,
      communicationPolicy: [{ category: 'complaint', person: 'Support', deadlineHours: 1, guidance: '' }],
    };
    await upsertComments(
      [seen('1', { excerpt: 'Worst service', writtenAt: mondayTen })],
      withPolicy,
      mondayTen,
    );
    expect((await getComment('x:1'))?.dueAt).toBe(mondayTen + HOUR);
  });
});

describe('markComment', () => {
  test('applies the transition and stores it', async () => {
    await put(stored('x:1'));
    const marked = await markComment(
      'x:1',
      { type: 'mark-no-reply-needed', reason: 'spam' },
      mondayTen + HOUR,
    );
    expect(marked).toMatchObject({
      status: 'no-reply-needed',
      reason: 'spam',
      statusChangedAt: mondayTen + HOUR,
    });
    expect(await getComment('x:1')).toEqual(marked);
  });

  test('an unknown comment: undefined', async () => {
    expect(await markComment('x:nope', { type: 'mark-answered' }, mondayTen)).toBeUndefined();
  });
});

describe('queries', () => {
  const now = mondayTen;
  beforeEach(async () => {
    await put(
      stored('x:late', { dueAt: now - HOUR }),
      stored('x:soon', { dueAt: now + HOUR, pageUrl: 'https://x.com/p/2' }),
      stored('vk:later', { network: 'vk', dueAt: now + 3 * HOUR, pageUrl: 'https://x.com/p/2' }),
      stored('vk:exactly-now', { network: 'vk', dueAt: now }),
      stored('legacy-id', { network: 'bluesky', dueAt: now - 2 * HOUR }),
      stored('x:done', { status: 'answered', dueAt: now - 5 * HOUR, pageUrl: 'https://x.com/p/2' }),
      stored('vk:skip', { network: 'vk', status: 'no-reply-needed', dueAt: now - 5 * HOUR }),
    );
  });

  test('awaitingSummary counts from the index', async () => {
    const summary = await awaitingSummary(now);
    expect(summary).toMatchObject({ awaiting: 5, overdue: 2, nextDueAt: now, earliestDueAt: now - 2 * HOUR });
    expect(summary.byNetwork.x).toEqual({ awaiting: 2, overdue: 1 });
    expect(summary.byNetwork.vk).toEqual({ awaiting: 2, overdue: 0 });
    expect(summary.byNetwork.bluesky).toEqual({ awaiting: 1, overdue: 1 });
    expect(summary.byNetwork.facebook).toEqual({ awaiting: 0, overdue: 0 });
  });

  test('awaitingSummary of an empty store', async () => {
    await (await database()).clear('comments');
    expect(await awaitingSummary(now)).toMatchObject({
      awaiting: 0,
      overdue: 0,
      nextDueAt: null,
      earliestDueAt: null,
    });
  });

  test('awaitingOnPage: awaiting only, soonest first', async () => {
    expect((await awaitingOnPage('https://x.com/p/2')).map((comment) => comment.id)).toEqual([
      'x:soon',
      'vk:later',
    ]);
    expect(await awaitingOnPage('https://x.com/p/none')).toEqual([]);
  });

  test('awaitingList: soonest first, limited', async () => {
    expect((await awaitingList(3)).map((comment) => comment.id)).toEqual([
      'legacy-id',
      'x:late',
      'vk:exactly-now',
    ]);
  });

  test.each([
    ['all due by now', -Infinity, now, 10, ['legacy-id', 'x:late', 'vk:exactly-now']],
    ['keeps the latest when limited', -Infinity, now + HOUR, 2, ['vk:exactly-now', 'x:soon']],
    ['an empty window', now + 4 * HOUR, now + 5 * HOUR, 10, []],
  ])('awaitingDueBetween: %s', async (_name, from, until, limit, ids) => {
    expect((await awaitingDueBetween(from, until, limit)).map((comment) => comment.id)).toEqual(ids);
  });
});

describe('answerTimeStats', () => {
  const now = at('2025-03-14T12:00+01:00');
  test('business minutes over the answers of the window', async () => {
    const friday = at('2025-03-07T17:00+01:00');
    const tuesdayTen = at('2025-03-11T10:00+01:00');
    await put(
      // 60 business minutes (Friday 17:00 → 18:00).
      stored('x:a', {
        status: 'answered',
        writtenAt: friday,
        firstSeenAt: friday,
        statusChangedAt: friday + HOUR,
      }),
      // Friday 17:30 → Monday 10:00: 30 + 60 = 90 business minutes, though 64 hours passed.
      stored('x:b', {
        status: 'answered',
        writtenAt: friday + HOUR / 2,
        firstSeenAt: friday + HOUR,
        statusChangedAt: at('2025-03-10T10:00+01:00'),
      }),
      // 240 business minutes.
      stored('x:c', { status: 'answered', writtenAt: tuesdayTen, statusChangedAt: tuesdayTen + 4 * HOUR }),
      // Already answered when first seen: unknown answer time.
      stored('x:d', { status: 'answered', firstSeenAt: now - HOUR, statusChangedAt: now - HOUR }),
      // Answered before the window.
      stored('x:e', { status: 'answered', writtenAt: now - 40 * DAY, statusChangedAt: now - 39 * DAY }),
      stored('x:f', { status: 'no-reply-needed', statusChangedAt: now - HOUR }),
    );
    expect(await answerTimeStats(now, 7, hours)).toEqual({
      count: 3,
      averageMinutes: 130,
      medianMinutes: 90,
    });
    expect(await answerTimeStats(now, 1, hours)).toEqual({
      count: 0,
      averageMinutes: null,
      medianMinutes: null,
    });
  });
});

describe('pruneClosed', () => {
  test('deletes closed comments past the retention, never awaiting ones', async () => {
    const now = mondayTen + 200 * DAY;
    await put(
      stored('x:old-answered', { status: 'answered', statusChangedAt: now - 181 * DAY }),
      stored('x:old-skipped', { status: 'no-reply-needed', statusChangedAt: now - 365 * DAY }),
      stored('x:recent-answered', { status: 'answered', statusChangedAt: now - 179 * DAY }),
      stored('x:old-awaiting', { status: 'awaiting', statusChangedAt: now - 365 * DAY }),
    );
    expect(await pruneClosed(now, 180)).toBe(2);
    const left = (await (await database()).getAllKeys('comments')).sort();
    expect(left).toEqual(['x:old-awaiting', 'x:recent-answered']);
  });
});
