import { beforeAll, describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import messages from '../../public/_locales/en/messages.json';
import type { AwaitingSummary, CommentRecord } from '../shared/comment';
import { registerCatalogue } from '../shared/i18n';
import { networks } from '../shared/networks';
import type { BrandSettings } from '../shared/settings-defaults';
import { defaultSettings, settingsFor } from '../shared/settings-defaults';
import { settingsOf } from '../shared/settings-test-fixtures';
import {
  badgeFor,
  CALM_COLOR,
  checkReminders,
  commentIdFromNotification,
  NOTIFIED_PREF,
  OVERDUE_COLOR,
  type ReminderDeps,
  type ReminderNotification,
} from './reminders';

const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const tuesdayTen = at('2025-03-04T10:00+01:00');
const baseSettings: BrandSettings = {
  ...settingsFor(defaultSettings()),
  businessHours: { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', timeZone: 'Europe/Paris' },
};

const comment = (id: string, dueAt: number, extra: Partial<CommentRecord> = {}): CommentRecord => ({
  id,
  network: 'x',
  author: '@ana',
  excerpt: 'Where is my order?',
  writtenAt: dueAt - 6 * HOUR,
  firstSeenAt: dueAt - 6 * HOUR,
  pageUrl: 'https://x.com/brand/status/1',
  status: 'awaiting',
  statusChangedAt: dueAt - 6 * HOUR,
  dueAt,
  ...extra,
});

/** An in-memory world: the comments, the prefs, and what the browser was asked to show. */
function world(comments: CommentRecord[], settings: BrandSettings = baseSettings) {
  const prefs = new Map<string, unknown>();
  const badges: { text: string; color: string }[] = [];
  const shown: ReminderNotification[] = [];
  const awaiting = () => comments.filter((c) => c.status === 'awaiting').sort((a, b) => a.dueAt - b.dueAt);
  const deps: ReminderDeps = {
    readSettings: async () => settingsOf(settings),
    awaitingSummary: async (now) => {
      const list = awaiting();
      const byNetwork = Object.fromEntries(networks.map((n) => [n, { awaiting: 0, overdue: 0 }]));
      return {
        awaiting: list.length,
        overdue: list.filter((c) => c.dueAt < now).length,
        nextDueAt: list.find((c) => c.dueAt >= now)?.dueAt ?? null,
        earliestDueAt: list[0]?.dueAt ?? null,
        byNetwork,
      } as AwaitingSummary;
    },
    awaitingDueBetween: async (from, until, limit = 200) =>
      awaiting()
        .filter((c) => c.dueAt >= from && c.dueAt <= until)
        .slice(-limit),
    readPref: async <T>(key: string, fallback: T) =>
      prefs.has(key) ? (structuredClone(prefs.get(key)) as T) : fallback,
    writePref: async (key, value) => {
      prefs.set(key, structuredClone(value));
    },
    setBadge: (badge) => {
      badges.push(badge);
    },
    notify: (notification) => {
      shown.push(notification);
    },
  };
  const run = async (now: number) => (await checkReminders(deps, now)).sent;
  return { deps, prefs, badges, shown, run, comments };
}

beforeAll(() => {
  registerCatalogue({ ...en, ...messages });
});

describe('badgeFor', () => {
  test.each([
    [0, 0, '', CALM_COLOR],
    [3, 0, '3', CALM_COLOR],
    [3, 1, '3', OVERDUE_COLOR],
    [999, 0, '999', CALM_COLOR],
    [1500, 2, '999+', OVERDUE_COLOR],
  ])('%i awaiting, %i overdue → "%s" %s', (awaiting, overdue, text, color) => {
    expect(badgeFor({ awaiting, overdue })).toEqual({ text, color });
  });
});

describe('checkReminders', () => {
  test('sets the badge on every run, notifications or not', async () => {
    const { badges, run } = world(
      [comment('x:1', tuesdayTen - MINUTE), comment('x:2', tuesdayTen + 5 * HOUR)],
      {
        ...baseSettings,
        notifications: { dueSoon: false, overdue: false },
      },
    );
    expect(await run(tuesdayTen)).toEqual([]);
    expect(badges).toEqual([{ text: '2', color: OVERDUE_COLOR }]);
  });

  test.each([
    ['only "overdue" switched on', { dueSoon: false, overdue: true }, [], ['smm-comment:overdue:x:1']],
    ['only "due soon" switched on', { dueSoon: true, overdue: false }, ['smm-comment:due-soon:x:1'], []],
  ])('%s', async (_name, notifications, soon, late) => {
    const { run } = world([comment('x:1', tuesdayTen + 30 * MINUTE)], { ...baseSettings, notifications });
    expect(await run(tuesdayTen)).toEqual(soon);
    expect(await run(tuesdayTen + 31 * MINUTE)).toEqual(late);
  });

  test('due soon, then overdue, each once', async () => {
    const { run, shown } = world([comment('x:1', tuesdayTen + 30 * MINUTE)]);
    expect(await run(tuesdayTen)).toEqual(['smm-comment:due-soon:x:1']);
    expect(await run(tuesdayTen + MINUTE)).toEqual([]);
    expect(await run(tuesdayTen + 31 * MINUTE)).toEqual(['smm-comment:overdue:x:1']);
    expect(await run(tuesdayTen + 40 * MINUTE)).toEqual([]);
    expect(shown.map((n) => n.title)).toEqual(['A comment is due within the hour', 'A comment is overdue']);
    expect(shown[0].message).toBe('@ana on X: “Where is my order?”');
  });

  test.each([
    ['more than an hour ahead', tuesdayTen + 61 * MINUTE, []],
    ['exactly an hour ahead', tuesdayTen + HOUR, ['smm-comment:due-soon:x:1']],
    ['at the deadline itself', tuesdayTen, ['smm-comment:due-soon:x:1']],
    ['already overdue: only "overdue"', tuesdayTen - 2 * HOUR, ['smm-comment:overdue:x:1']],
    ['overdue for more than a week: not announced', tuesdayTen - 8 * 24 * HOUR, []],
  ])('%s', async (_name, dueAt, expected) => {
    expect(await world([comment('x:1', dueAt)]).run(tuesdayTen)).toEqual(expected);
  });

  test('one business hour reaches over the closing: Friday 17:30 warns of Monday 9:20', async () => {
    const friday = at('2025-03-07T17:30+01:00');
    const { run } = world([
      comment('x:monday-early', at('2025-03-10T09:20+01:00')),
      comment('x:monday-late', at('2025-03-10T10:00+01:00')),
    ]);
    expect(await run(friday)).toEqual(['smm-comment:due-soon:x:monday-early']);
  });

  test('outside business hours: silent, and the reminder waits for the opening', async () => {
    const { run } = world([comment('x:1', at('2025-03-07T18:00+01:00'))]);
    expect(await run(at('2025-03-07T18:05+01:00'))).toEqual([]);
    expect(await run(at('2025-03-08T12:00+01:00'))).toEqual([]);
    expect(await run(at('2025-03-10T09:00+01:00'))).toEqual(['smm-comment:overdue:x:1']);
  });

  test('a backlog becomes one grouped notification, and is then quiet', async () => {
    const backlog = Array.from({ length: 5 }, (_, i) => comment(`vk:${i}`, tuesdayTen - (i + 1) * HOUR));
    const { run, shown } = world(backlog);
    expect(await run(tuesdayTen)).toEqual(['smm-comments:overdue']);
    expect(shown[0]).toMatchObject({
      title: 'Overdue comments: 5',
      message: 'Open SMM Assistant to answer them.',
    });
    expect(await run(tuesdayTen + MINUTE)).toEqual([]);
  });

  test('a failed notification is tried again on the next run', async () => {
    const { deps, run } = world([comment('x:1', tuesdayTen + 10 * MINUTE)]);
    const notify = deps.notify;
    deps.notify = () => Promise.reject(new Error('notifications blocked'));
    expect(await run(tuesdayTen)).toEqual([]);
    deps.notify = notify;
    expect(await run(tuesdayTen + MINUTE)).toEqual(['smm-comment:due-soon:x:1']);
  });

  test('answered comments are not announced, and old marks are pruned', async () => {
    const { run, prefs } = world([comment('x:1', tuesdayTen + 10 * MINUTE, { status: 'answered' })]);
    prefs.set(NOTIFIED_PREF, { 'overdue:x:old': tuesdayTen - 30 * 24 * HOUR, 'due-soon:x:2': tuesdayTen });
    expect(await run(tuesdayTen)).toEqual([]);
    expect(prefs.get(NOTIFIED_PREF)).toEqual({ 'due-soon:x:2': tuesdayTen });
  });

  test('two runs at once announce a comment once', async () => {
    const { deps, shown } = world([comment('x:1', tuesdayTen + 10 * MINUTE)]);
    await Promise.all([checkReminders(deps, tuesdayTen), checkReminders(deps, tuesdayTen)]);
    expect(shown).toHaveLength(1);
  });
});

describe('commentIdFromNotification', () => {
  test.each([
    ['smm-comment:overdue:x:https://x.com/a/status/1', 'x:https://x.com/a/status/1'],
    ['smm-comment:due-soon:vk:wall-1_2', 'vk:wall-1_2'],
    ['smm-comments:overdue', undefined],
    ['something-else', undefined],
    ['smm-comment:overdue', undefined],
  ])('%s → %s', (id, expected) => {
    expect(commentIdFromNotification(id)).toBe(expected);
  });
});
