import { expect, test } from 'vitest';
import { calendarHashtagsFor } from './calendar-hashtags';
import { at, settingsIn } from './test-fixtures';

test("today's unusual days, custom days and events on today; not themes, not tomorrow's events", () => {
  const settings = settingsIn('Europe/Paris');
  settings.customDays = [{ id: 'c', name: 'Ours', date: '10-08', hashtag: '#OurDay' }];
  settings.localEvents = [
    { id: 'a', name: 'Fair', start: '2026-10-07', end: '2026-10-09', hashtag: '#Fair' },
    { id: 'b', name: 'Tomorrow', start: '2026-10-09', hashtag: '#Tomorrow' },
    { id: 'c', name: 'No tag', start: '2026-10-08' },
  ];
  const tags = calendarHashtagsFor(at('2026-10-08T10:00:00Z'), settings);
  expect(tags).toEqual(expect.arrayContaining(['#OurDay', '#WorldOctopusDay', '#Fair']));
  expect(tags).not.toContain('#Tomorrow');
  expect(tags).not.toContain('#ThrowbackThursday');
  expect(tags[0]).toBe('#OurDay');
});

test('the day changes at midnight in the brand zone, not in UTC', () => {
  const settings = settingsIn('America/New_York');
  // 03:30 UTC on 1 November is still 31 October, 23:30, in New York.
  expect(calendarHashtagsFor(at('2026-11-01T03:30:00Z'), settings)).toContain('#Halloween');
  expect(calendarHashtagsFor(at('2026-11-01T04:30:00Z'), settings)).not.toContain('#Halloween');
});

test('switched-off regions give no tags', () => {
  const settings = settingsIn('Europe/Paris', { disabledRegions: ['international'] });
  expect(calendarHashtagsFor(at('2026-10-08T10:00:00Z'), settings)).not.toContain('#WorldOctopusDay');
});
