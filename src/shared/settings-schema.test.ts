import { describe, expect, test } from 'vitest';
import { defaultSettings } from './settings-defaults';
import { SettingsSchema } from './settings-schema';
import { parseWith } from './validation';

function withChange(change: (settings: Record<string, any>) => void) {
  const settings = structuredClone(defaultSettings()) as Record<string, any>;
  change(settings);
  return settings;
}

describe('settings schema', () => {
  test('the defaults are valid and follow DESIGN.md', () => {
    const parsed = parseWith(SettingsSchema, defaultSettings());
    expect(parsed.ok).toBe(true);
    const settings = defaultSettings();
    expect(settings.answerDeadlineHours).toBe(6);
    expect(settings.businessHours).toEqual({
      days: [1, 2, 3, 4, 5],
      open: '09:00',
      close: '18:00',
      timeZone: '',
    });
    expect(settings.weekdayThemes.friday.hashtags).toEqual(['#FollowFriday', '#TGIF', '#FridayFun']);
    expect(settings.cadence.instagram).toMatchObject({ dailyCap: 1, minGapMinutes: 720 });
    expect(settings.mix.windowDays).toBe(14);
    expect(settings.linkPolicy.external).toBe('warn');
  });

  test.each([
    [
      'a bad own domain',
      (s: any) => s.brands[0].ownDomains.push('good.example', 'not a domain'),
      'brands[0].ownDomains[1]',
      'errNotADomain',
    ],
    [
      'a hashtag without #',
      (s: any) => (s.weekdayThemes.monday.hashtags = ['#ok', 'nohash']),
      'weekdayThemes.monday.hashtags[1]',
      'errNotAHashtag',
    ],
    ['shares not adding to 100', (s: any) => (s.mix.formats.text = 50), 'mix.formats', 'errSharesNot100'],
    ['an unknown field', (s: any) => (s.surprise = true), 'surprise', 'errUnknownKey'],
    ['a wrong type', (s: any) => (s.answerDeadlineHours = '6'), 'answerDeadlineHours', 'errWrongType'],
    [
      'an unknown time zone',
      (s: any) => (s.businessHours.timeZone = 'Mars/Olympus'),
      'businessHours.timeZone',
      'errNotATimeZone',
    ],
    [
      'closing before opening',
      (s: any) => (s.businessHours.close = '08:00'),
      'businessHours',
      'errCloseBeforeOpen',
    ],
    ['a bad clock', (s: any) => (s.businessHours.open = '9am'), 'businessHours.open', 'errNotAClock'],
    ['no brand', (s: any) => (s.brands = []), 'brands', 'errNoBrand'],
    ['an empty brand name', (s: any) => (s.brands[0].name = '   '), 'brands[0].name', 'errRequired'],
    ['a negative cap', (s: any) => (s.cadence.x.dailyCap = 0), 'cadence.x.dailyCap', 'errPositive'],
    [
      'an account on an unknown network',
      (s: any) => (s.brands[0].accounts.myspace = 'acme'),
      'brands[0].accounts.myspace',
      'errNotAllowed',
    ],
  ])('rejects %s with its path and reason', (_name, change, path, message) => {
    const parsed = parseWith(SettingsSchema, withChange(change));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toContainEqual(expect.objectContaining({ path, message }));
  });

  test('domains and hashtags are accepted in any script and normalised', () => {
    const parsed = parseWith(
      SettingsSchema,
      withChange((s) => {
        s.brands[0].ownDomains = [' Shop.Example.COM ', 'пример.рф', 'café.fr'];
        s.weekdayThemes.sunday.hashtags = ['#Café', '#привет', '#2026Goals'];
      }),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.value.brands[0].ownDomains).toEqual(['shop.example.com', 'пример.рф', 'café.fr']);
  });

  test('a hashtag of digits only is not a hashtag', () => {
    const parsed = parseWith(
      SettingsSchema,
      withChange((s) => (s.weekdayThemes.sunday.hashtags = ['#2026'])),
    );
    expect(parsed.ok).toBe(false);
  });
});
