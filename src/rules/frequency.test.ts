import { describe, expect, test } from 'vitest';
import { frequencyRule } from './frequency';
import { context, draft, hour, ids, judge, now, only, post, settings, zone } from './test-kit';

/** The next slot as the messages' time and date parameters, in the brand's zone. */
const slot = (at: number) => [
  { kind: 'time', at, zone },
  { kind: 'date', at, zone },
];
const minutes = (value: number) => ({ kind: 'minutes', minutes: value });

// now: Tuesday 18 March 2025, 14:30 in Paris. Facebook: 2 a day, 4 h apart.
describe('frequency.daily-cap', () => {
  test.each([
    ['en', 'Second news of the day'],
    ['fr', 'Deuxième nouvelle du jour'],
    ['ru', 'Вторая новость дня'],
  ])('%s: two posts already today', (_, text) => {
    const log = [post(6), post(5), post(30)];
    const findings = judge(frequencyRule, draft(text), context({ log }));
    const [finding] = only(findings, 'frequency.daily-cap');
    expect(finding).toMatchObject({
      severity: 'warn',
      params: [2, 2, 'Facebook', ...slot(Date.UTC(2025, 2, 18, 23, 0))],
    });
    expect(finding.evidence).toEqual(['08:30', '09:30']);
  });

  test.each([
    ['en', 'One post yesterday evening, one this morning', [post(16), post(6)], 'x'],
    ['fr', 'Posts on another network', [post(6, { network: 'x' }), post(5, { network: 'x' })], 'facebook'],
    ['ru', 'Posts of another brand', [post(6, { brandId: 'b2' }), post(5, { brandId: 'b2' })], 'facebook'],
  ] as const)('%s: under the cap (%s)', (_, __, log, network) => {
    const ctx = context({
      log,
      settings: settings((value) => {
        value.brandCount = 2;
      }),
    });
    expect(only(judge(frequencyRule, draft('x', { network }), ctx), 'frequency.daily-cap')).toEqual([]);
  });

  test('today is the user’s day: 00:30 in Paris is 23:30 UTC the day before', () => {
    const justAfterMidnight = Date.UTC(2025, 2, 18, 23, 30);
    const log = [post(10), post(4)].map((record) => ({
      ...record,
      publishedAt: record.publishedAt + 10 * hour,
    }));
    expect(ids(judge(frequencyRule, draft('x'), context({ now: justAfterMidnight, log })))).toEqual([]);
  });
});

describe('frequency.min-gap', () => {
  test.each([
    ['en', 'Quick follow-up'],
    ['fr', 'Petite suite'],
    ['ru', 'Небольшое продолжение'],
  ])('%s: last post an hour ago, gap 4 h', (_, text) => {
    const [finding] = judge(frequencyRule, draft(text), context({ log: [post(1)] }));
    expect(finding).toMatchObject({
      id: 'frequency.min-gap',
      severity: 'warn',
      params: [minutes(60), minutes(240), 'Facebook', ...slot(now + 3 * hour)],
      evidence: ['13:30'],
    });
  });

  test.each([
    ['en', 5],
    ['fr', 4],
    ['ru', 24],
  ])('%s: last post %i h ago is fine', (_, hoursAgo) => {
    expect(judge(frequencyRule, draft('x'), context({ log: [post(hoursAgo)] }))).toEqual([]);
  });

  test('replies are conversation, not posts', () => {
    expect(
      judge(frequencyRule, draft('x', { kind: 'reply' }), context({ log: [post(0.5), post(0.2)] })),
    ).toEqual([]);
  });
});

describe('quiet hours', () => {
  const quiet = (from: string, to: string) =>
    settings((value) => (value.cadence.facebook.quietHours = { from, to }));

  test('the next slot skips quiet hours spanning midnight', () => {
    const ctx = context({ log: [post(6), post(5)], settings: quiet('22:00', '08:00') });
    const [finding] = judge(frequencyRule, draft('x'), ctx);
    // 08:00 on Wednesday 19 March in Paris.
    expect(finding.params?.slice(3)).toEqual(slot(Date.UTC(2025, 2, 19, 7, 0)));
  });

  test('posting inside quiet hours is pointed out', () => {
    const [finding] = judge(frequencyRule, draft('x'), context({ settings: quiet('14:00', '16:00') }));
    expect(finding).toMatchObject({
      id: 'frequency.quiet-hours',
      severity: 'info',
      params: [
        { kind: 'clock', clock: '14:00' },
        { kind: 'clock', clock: '16:00' },
        'Facebook',
        ...slot(Date.UTC(2025, 2, 18, 15, 0)),
      ],
    });
  });

  test('outside quiet hours nothing is said', () => {
    expect(judge(frequencyRule, draft('x'), context({ settings: quiet('22:00', '07:00') }))).toEqual([]);
  });
});
