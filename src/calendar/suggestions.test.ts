import { describe, expect, test } from 'vitest';
import { suggestionsFor } from './suggestions';
import { at, post, settingsIn } from './test-fixtures';

// Thursday 8 October 2026, 10:00 in Paris.
const now = at('2026-10-08T08:00:00Z');
const paris = () => settingsIn('Europe/Paris');
const tags = (list: { hashtag?: string }[]) => list.map((s) => s.hashtag);

describe('suggestionsFor', () => {
  test("today's theme tags and unusual days", () => {
    const list = suggestionsFor(now, paris(), []);
    expect(tags(list)).toEqual(expect.arrayContaining(['#ThrowbackThursday', '#WorldOctopusDay']));
    const octopus = list.find((s) => s.hashtag === '#WorldOctopusDay')!;
    expect(octopus).toMatchObject({ kind: 'day', category: 'holiday', date: '2026-10-08', daysUntil: 0 });
    expect(octopus.label).toBe('World Octopus Day');
    expect(octopus.idea).toContain('World Octopus Day');
    const theme = list.find((s) => s.hashtag === '#ThrowbackThursday')!;
    expect(theme).toMatchObject({ kind: 'theme', category: 'theme', label: 'Thursday theme' });
  });

  test('labels follow the language asked, or the brand language', () => {
    expect(
      suggestionsFor(now, paris(), [], 'fr').find((s) => s.kind === 'day' && s.hashtag === '#WorldOctopusDay')
        ?.label,
    ).toBe('Journée mondiale du poulpe');
    const settings = paris();
    settings.language = 'ru';
    const octopus = suggestionsFor(now, settings, []).find((s) => s.hashtag === '#WorldOctopusDay')!;
    expect(octopus.label).toBe('Всемирный день осьминога');
    expect(octopus.names?.fr).toBe('Journée mondiale du poulpe');
  });

  test('a hashtag used this week goes after the fresh ones and says so', () => {
    const log = [post('2026-10-06T09:00:00Z', { hashtags: ['#throwbackthursday'] })];
    const list = suggestionsFor(now, paris(), log);
    const used = list.findIndex((s) => s.hashtag === '#ThrowbackThursday');
    expect(list[used].usedLastWeek).toBe(true);
    expect(list.slice(0, used).every((s) => !s.usedLastWeek)).toBe(true);
    expect(list.slice(used + 1).every((s) => s.usedLastWeek)).toBe(true);
  });

  test('a tag used on the same weekday last week is fresh again', () => {
    const log = [post('2026-10-01T09:00:00Z', { hashtags: ['#ThrowbackThursday'] })];
    expect(
      suggestionsFor(now, paris(), log).find((s) => s.hashtag === '#ThrowbackThursday')?.usedLastWeek,
    ).toBe(false);
  });

  test.each([
    ['theme', 'day'],
    ['holiday', 'theme'],
  ] as const)('after many %s posts, %s suggestions come first', (overdone, expectedFirst) => {
    const log = Array.from({ length: 5 }, (_, i) => post(now - (i + 8) * 86_400_000, { category: overdone }));
    expect(suggestionsFor(now, paris(), log)[0].kind).toBe(expectedFirst);
  });

  test('local events today or in the next 7 days, with days until and place', () => {
    const settings = paris();
    settings.localEvents = [
      { id: 'e1', name: 'Autumn market', start: '2026-10-11', place: 'Town hall', hashtag: '#AutumnMarket' },
      { id: 'e2', name: 'Too far', start: '2026-10-16', hashtag: '#TooFar' },
      { id: 'e3', name: 'Book fair', start: '2026-10-06', end: '2026-10-09' },
      { id: 'e4', name: 'Over', start: '2026-10-01', end: '2026-10-07', hashtag: '#Over' },
    ];
    const events = suggestionsFor(now, settings, []).filter((s) => s.kind === 'event');
    expect(events.map((s) => s.sourceId)).toEqual(['e3', 'e1']);
    expect(events[0]).toMatchObject({
      daysUntil: 0,
      date: '2026-10-06',
      end: '2026-10-09',
      category: 'local-event',
    });
    expect(events[0].hashtag).toBeUndefined();
    expect(events[1]).toMatchObject({ daysUntil: 3, place: 'Town hall', hashtag: '#AutumnMarket' });
    expect(events[1].idea).toContain('3 days');
  });

  test('an event 7 days ahead is included, 8 days ahead is not', () => {
    const settings = paris();
    settings.localEvents = [
      { id: 'in', name: 'In', start: '2026-10-15', hashtag: '#In' },
      { id: 'out', name: 'Out', start: '2026-10-16', hashtag: '#Out' },
    ];
    const ids = suggestionsFor(now, settings, []).map((s) => s.sourceId);
    expect(ids).toContain('in');
    expect(ids).not.toContain('out');
  });

  test('a hashtag offered twice appears once', () => {
    const settings = paris();
    settings.customDays = [{ id: 'c', name: 'Ours', date: '10-08', hashtag: '#throwbackThursday' }];
    const list = suggestionsFor(now, settings, []);
    expect(list.filter((s) => s.hashtag?.toLowerCase() === '#throwbackthursday')).toHaveLength(1);
  });
});

// "Today" and its weekday just before and after midnight, including on the days clocks change.
describe.each([
  // Europe/Paris springs forward on the last Sunday of March, falls back on the last of October.
  ['Europe/Paris', '2026-03-28T22:59:59Z', '2026-03-28', 'saturday'],
  ['Europe/Paris', '2026-03-28T23:00:00Z', '2026-03-29', 'sunday'],
  ['Europe/Paris', '2026-03-29T01:00:00Z', '2026-03-29', 'sunday'],
  ['Europe/Paris', '2026-03-29T21:59:59Z', '2026-03-29', 'sunday'],
  ['Europe/Paris', '2026-03-29T22:00:00Z', '2026-03-30', 'monday'],
  ['Europe/Paris', '2026-10-24T21:59:59Z', '2026-10-24', 'saturday'],
  ['Europe/Paris', '2026-10-24T22:00:00Z', '2026-10-25', 'sunday'],
  ['Europe/Paris', '2026-10-25T01:30:00Z', '2026-10-25', 'sunday'],
  ['Europe/Paris', '2026-10-25T22:59:59Z', '2026-10-25', 'sunday'],
  ['Europe/Paris', '2026-10-25T23:00:00Z', '2026-10-26', 'monday'],
  // America/New_York: second Sunday of March, first Sunday of November.
  ['America/New_York', '2026-03-08T04:59:59Z', '2026-03-07', 'saturday'],
  ['America/New_York', '2026-03-08T05:00:00Z', '2026-03-08', 'sunday'],
  ['America/New_York', '2026-03-08T07:30:00Z', '2026-03-08', 'sunday'],
  ['America/New_York', '2026-03-09T03:59:59Z', '2026-03-08', 'sunday'],
  ['America/New_York', '2026-03-09T04:00:00Z', '2026-03-09', 'monday'],
  ['America/New_York', '2026-11-01T03:59:59Z', '2026-10-31', 'saturday'],
  ['America/New_York', '2026-11-01T04:00:00Z', '2026-11-01', 'sunday'],
  ['America/New_York', '2026-11-01T06:30:00Z', '2026-11-01', 'sunday'],
  ['America/New_York', '2026-11-02T04:59:59Z', '2026-11-01', 'sunday'],
  ['America/New_York', '2026-11-02T05:00:00Z', '2026-11-02', 'monday'],
])('in %s at %s', (zone, instant, today, weekday) => {
  test(`today is ${today}, a ${weekday}`, () => {
    const settings = settingsIn(zone);
    const theme = suggestionsFor(at(instant), settings, []).find((s) => s.kind === 'theme')!;
    expect(theme.date).toBe(today);
    expect(settings.weekdayThemes[weekday as 'monday'].hashtags).toContain(theme.hashtag);
  });
});
