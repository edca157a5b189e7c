import { describe, expect, test } from 'vitest';
import type { CommentsSummary } from '../shared/comment';
import type { PostRecord } from '../shared/post';
import { type BrandSettings, defaultSettings, settingsFor } from '../shared/settings-defaults';
import { settingsOf } from '../shared/settings-test-fixtures';
import { cadenceToday } from './cadence-today';
import { toCsv } from './data-export';
import { buildPopupToday } from './popup-today';

const zone = 'Europe/Paris';
const at = (iso: string) => Date.parse(iso);
// Thursday 5 March 2026, 10:00 in Paris.
const now = at('2026-03-05T10:00:00+01:00');
const brand: BrandSettings = {
  ...settingsFor(defaultSettings()),
  language: 'en',
  country: 'FR',
  businessHours: { ...defaultSettings().brands[0].businessHours, timeZone: zone },
  recurringTasks: [{ id: 'mentions', label: 'Check mentions' }],
};
const settings = settingsOf(brand);
const summary: CommentsSummary = {
  summary: {
    awaiting: 0,
    overdue: 0,
    nextDueAt: null,
    earliestDueAt: null,
    byNetwork: {} as CommentsSummary['summary']['byNetwork'],
  },
  answerTimes: {
    week: { count: 0, averageMinutes: null, medianMinutes: null },
    month: { count: 0, averageMinutes: null, medianMinutes: null },
  },
  targetMinutes: 360,
};

const post = (publishedAt: number, extra: Partial<PostRecord> = {}): PostRecord => ({
  id: `p${publishedAt}`,
  network: 'x',
  brandId: 'brand-1',
  publishedAt,
  format: 'text',
  hashtags: [],
  links: [],
  excerpt: '',
  source: 'manual',
  ...extra,
});

describe('buildPopupToday', () => {
  test('the theme is done once a post today carries one of its hashtags (any case)', () => {
    const yesterday = post(at('2026-03-04T12:00:00+01:00'), { hashtags: ['#ThrowbackThursday'] });
    const before = buildPopupToday(now, settings, [yesterday], {}, summary);
    expect(before.day).toBe('2026-03-05');
    expect(before.theme).toMatchObject({
      hashtags: ['#ThrowbackThursday', '#ThoughtfulThursday', '#ThankfulThursday'],
      done: false,
    });
    const today = post(at('2026-03-05T09:00:00+01:00'), { hashtags: ['#throwbackthursday'] });
    expect(buildPopupToday(now, settings, [yesterday, today], {}, summary).theme.done).toBe(true);
  });

  test('a post later than now (the popup clock) does not count', () => {
    const later = post(at('2026-03-05T11:00:00+01:00'), { hashtags: ['#ThrowbackThursday'] });
    expect(buildPopupToday(now, settings, [later], {}, summary).theme.done).toBe(false);
  });

  test('the mix names what is needed before today, and is done when today has it', () => {
    const plain = buildPopupToday(now, settings, [], {}, summary);
    expect(plain.mix).toEqual({ format: 'image', category: 'theme', done: false });
    const image = post(at('2026-03-05T08:00:00+01:00'), { format: 'image' });
    expect(buildPopupToday(now, settings, [image], {}, summary).mix).toEqual({
      format: 'image',
      category: 'theme',
      done: true,
    });
  });

  test('ticks, the week and the comments come through', () => {
    const today = buildPopupToday(now, settings, [], { 'task:mentions': true }, summary);
    expect(today.ticks).toEqual({ 'task:mentions': true });
    expect(today.week.map((day) => day.date)).toEqual([
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-11',
    ]);
    expect(today.comments).toBe(summary);
  });

  test('a custom day and a local event today are listed with ideas', () => {
    const withDays = settingsOf({
      ...brand,
      customDays: [{ id: 'acme', name: 'Acme day', date: '03-05', hashtag: '#AcmeDay' }],
      localEvents: [{ id: 'fair', name: 'Street fair', start: '2026-03-05', hashtag: '#Fair' }],
    });
    const today = buildPopupToday(now, withDays, [], {}, summary);
    expect(today.unusualDays[0]).toMatchObject({ id: 'acme', name: 'Acme day', done: false });
    expect(today.unusualDays[0].idea).toContain('Acme day');
    expect(today.events).toEqual([expect.objectContaining({ id: 'fair', daysUntil: 0, done: false })]);
  });
});

describe('cadenceToday', () => {
  const cadence = { dailyCap: 3, minGapMinutes: 120, quietHours: null };

  test('counts today only, and the next slot waits for the gap', () => {
    const posts = [post(at('2026-03-04T20:00:00+01:00')), post(at('2026-03-05T09:30:00+01:00'))];
    expect(cadenceToday('x', cadence, posts, now, zone)).toEqual({
      network: 'x',
      dailyCap: 3,
      postedToday: 1,
      left: 2,
      nextAt: at('2026-03-05T11:30:00+01:00'),
    });
  });

  test('at the cap, nothing fits before tomorrow', () => {
    const posts = [1, 2, 3].map((hour) => post(at(`2026-03-05T0${hour}:00:00+01:00`)));
    expect(cadenceToday('x', cadence, posts, now, zone)).toMatchObject({ left: 0, nextAt: null });
  });

  test('quiet hours push the next slot to their end', () => {
    const quiet = { ...cadence, quietHours: { from: '09:00', to: '12:00' } };
    expect(cadenceToday('x', quiet, [], now, zone).nextAt).toBe(at('2026-03-05T12:00:00+01:00'));
    const lateQuiet = { ...cadence, quietHours: { from: '08:00', to: '23:59' } };
    expect(cadenceToday('x', lateQuiet, [], now, zone).nextAt).toBe(at('2026-03-05T23:59:00+01:00'));
  });

  test('other networks do not count', () => {
    const posts = [post(at('2026-03-05T09:00:00+01:00'), { network: 'vk' })];
    expect(cadenceToday('x', cadence, posts, now, zone)).toMatchObject({ postedToday: 0, left: 3 });
  });
});

describe('toCsv', () => {
  test('quotes what needs it, defuses formulas, writes times as ISO', () => {
    const csv = toCsv('posts', [
      post(at('2026-03-05T09:00:00Z'), { excerpt: 'a, "b"\nc', hashtags: ['#A', '#B'], category: 'promo' }),
      post(at('2026-03-05T10:00:00Z'), { excerpt: '=HYPERLINK("x")' }),
    ]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,network,brandId,publishedAt,format,category,hashtags,links,excerpt,source');
    expect(csv).toContain(',2026-03-05T09:00:00.000Z,text,promo,#A #B,,"a, ""b""\nc",manual');
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",manual`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
