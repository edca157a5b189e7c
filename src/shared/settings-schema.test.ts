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
  test('the defaults are valid and follow docs/ARCHITECTURE.md', () => {
    const parsed = parseWith(SettingsSchema, defaultSettings());
    expect(parsed.ok).toBe(true);
    const settings = defaultSettings().brands[0];
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
      (s: any) => (s.brands[0].weekdayThemes.monday.hashtags = ['#ok', 'nohash']),
      'brands[0].weekdayThemes.monday.hashtags[1]',
      'errNotAHashtag',
    ],
    [
      'shares not adding to 100',
      (s: any) => (s.brands[0].mix.formats.text = 50),
      'brands[0].mix.formats',
      'errSharesNot100',
    ],
    ['an unknown field', (s: any) => (s.surprise = true), 'surprise', 'errUnknownKey'],
    [
      'a wrong type',
      (s: any) => (s.brands[0].answerDeadlineHours = '6'),
      'brands[0].answerDeadlineHours',
      'errWrongType',
    ],
    [
      'an unknown time zone',
      (s: any) => (s.brands[0].businessHours.timeZone = 'Mars/Olympus'),
      'brands[0].businessHours.timeZone',
      'errNotATimeZone',
    ],
    [
      'closing before opening',
      (s: any) => (s.brands[0].businessHours.close = '08:00'),
      'brands[0].businessHours',
      'errCloseBeforeOpen',
    ],
    [
      'a bad clock',
      (s: any) => (s.brands[0].businessHours.open = '9am'),
      'brands[0].businessHours.open',
      'errNotAClock',
    ],
    ['no brand', (s: any) => (s.brands = []), 'brands', 'errNoBrand'],
    ['an empty brand name', (s: any) => (s.brands[0].name = '   '), 'brands[0].name', 'errRequired'],
    [
      'a negative cap',
      (s: any) => (s.brands[0].cadence.x.dailyCap = 0),
      'brands[0].cadence.x.dailyCap',
      'errPositive',
    ],
    [
      'an account on an unknown network',
      (s: any) => (s.brands[0].accounts.myspace = ['acme']),
      'brands[0].accounts.myspace',
      'errNotAllowed',
    ],
    [
      'an empty account name',
      (s: any) => (s.brands[0].accounts.x = ['@acme', ' ']),
      'brands[0].accounts.x[1]',
      'errRequired',
    ],
    [
      'unbalanced placeholder braces in an answer',
      (s: any) => (s.brands[0].answers = [{ id: 'a', category: 'praise', title: '', text: 'Thanks {name!' }]),
      'brands[0].answers[0].text',
      'errPlaceholderBraces',
    ],
    [
      'two brands with one id',
      (s: any) => s.brands.push(structuredClone(s.brands[0])),
      '',
      'errDuplicateBrand',
    ],
    [
      'a country that is not a code',
      (s: any) => (s.brands[0].country = 'France'),
      'brands[0].country',
      'errNotACountry',
    ],
    [
      'an instance that is not an https origin',
      (s: any) => (s.mastodonInstances = ['javascript:alert(1)']),
      'mastodonInstances[0]',
      'errNotAnInstance',
    ],
    [
      'too many hashtags on a day',
      (s: any) =>
        (s.brands[0].weekdayThemes.monday.hashtags = Array.from({ length: 21 }, (_, i) => `#Tag${i}`)),
      'brands[0].weekdayThemes.monday.hashtags',
      'errTooMany',
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
        s.brands[0].weekdayThemes.sunday.hashtags = ['#Café', '#привет', '#2026Goals'];
      }),
    );
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.value.brands[0].ownDomains).toEqual(['shop.example.com', 'пример.рф', 'café.fr']);
  });

  test('a hashtag of digits only is not a hashtag', () => {
    const parsed = parseWith(
      SettingsSchema,
      withChange((s) => (s.brands[0].weekdayThemes.sunday.hashtags = ['#2026'])),
    );
    expect(parsed.ok).toBe(false);
  });
});
