import { expect, test } from 'vitest';
import { defaultSettings, settingsFor } from '../shared/settings-defaults';
import { themeFor } from './themes';

test.each([
  ['2026-06-01', 'monday', '#MotivationMonday'],
  ['2026-06-02', 'tuesday', '#TipTuesday'],
  ['2026-06-03', 'wednesday', '#WackyWednesday'],
  ['2026-06-04', 'thursday', '#ThrowbackThursday'],
  ['2026-06-05', 'friday', '#FollowFriday'],
  ['2026-06-06', 'saturday', '#SelfieSaturday'],
  ['2026-06-07', 'sunday', '#SundayFunday'],
])('%s is a %s with %s', (key, weekday, firstTag) => {
  const theme = themeFor(key, settingsFor(defaultSettings()));
  expect(theme.weekday).toBe(weekday);
  expect(theme.hashtags[0]).toBe(firstTag);
  expect(theme.idea.length).toBeGreaterThan(0);
});

test("the brand's own themes replace the handbook's", () => {
  const settings = settingsFor(defaultSettings());
  settings.weekdayThemes.monday = { hashtags: ['#MeatlessMonday'], idea: 'A recipe.' };
  expect(themeFor('2026-06-01', settings)).toEqual({
    weekday: 'monday',
    hashtags: ['#MeatlessMonday'],
    idea: 'A recipe.',
  });
});

test('the returned tags are a copy, so callers cannot edit settings by accident', () => {
  const settings = settingsFor(defaultSettings());
  themeFor('2026-06-01', settings).hashtags.push('#Oops');
  expect(settings.weekdayThemes.monday.hashtags).not.toContain('#Oops');
});
