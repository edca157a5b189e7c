import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { languages } from '../shared/calendar';
import { isHashtag } from '../shared/hashtag';
import { defaultSettings, settingsFor } from '../shared/settings-defaults';
import { themeSets } from '../shared/theme-sets';
import { addDays } from '../shared/time';
import { weekdays } from '../shared/weekdays';
import { avoidedHashtags, isAvoidedHashtag } from './avoided-hashtags';
import { isLeapYear, keyOf } from './day';
import { holidayLabels } from './holiday-labels';
import { Dataset, daysOn, unusualDayRegions, unusualDays } from './unusual-days';
import dataset from './unusual-days.json';

const ids = (key: string, settings = settingsFor(defaultSettings()), place?: Parameters<typeof daysOn>[2]) =>
  daysOn(key, settings, place).map((day) => day.id);

describe('the bundled dataset', () => {
  test('is valid as it is: the worker reads it without checking', () => {
    const checked = v.safeParse(Dataset, dataset);
    expect(checked.issues).toBeUndefined();
    // Nothing to trim or drop: what the worker reads is what the check accepts.
    expect(checked.output).toEqual(dataset);
  });

  test('loads and every entry has a valid hashtag and names in en, fr and ru', () => {
    const days = unusualDays();
    expect(days.length).toBeGreaterThan(300);
    for (const day of days) {
      expect(isHashtag(day.hashtag), `${day.id}: ${day.hashtag}`).toBe(true);
      for (const lang of languages) expect(day.names[lang].trim(), `${day.id} (${lang})`).not.toBe('');
    }
  });

  test.each([2024, 2026, 2027, 2028])(
    'every day of %i has an international day (rules evaluated)',
    (year) => {
      const bare: string[] = [];
      let days = 0;
      for (let key = `${year}-01-01`; key.startsWith(String(year)); key = addDays(key, 1)) {
        days += 1;
        if (!daysOn(key, settingsFor(defaultSettings())).some((day) => day.region === 'international'))
          bare.push(key);
      }
      expect(days).toBe(isLeapYear(year) ? 366 : 365);
      expect(bare).toEqual([]);
    },
  );

  test('the fixed dates alone give all 366 month-days an international day, whatever the year', () => {
    const fixed = new Set(
      unusualDays().flatMap((day) =>
        day.region === 'international' && 'date' in day.when ? [day.when.date] : [],
      ),
    );
    const bare: string[] = [];
    for (let key = keyOf(2028, 1, 1); key < '2029'; key = addDays(key, 1)) {
      if (!fixed.has(key.slice(5))) bare.push(key.slice(5));
    }
    expect(bare).toEqual([]);
  });

  test('ids are unique', () => {
    const ids = unusualDays().map((day) => day.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every hashtag names one day (no accidental copy-paste)', () => {
    const tags = unusualDays().map((day) => day.hashtag.toLowerCase());
    expect(new Set(tags).size).toBe(tags.length);
  });

  test('no suggestion uses a hashtag to avoid: dataset, holiday tags, theme sets', () => {
    const used = [
      ...unusualDays().map((day) => day.hashtag),
      ...Object.values(holidayLabels).flatMap((label) => Object.values(label.hashtags ?? {})),
      ...Object.values(themeSets).flatMap((set) => weekdays.flatMap((day) => set[day].hashtags)),
    ];
    expect(used.filter(isAvoidedHashtag)).toEqual([]);
    for (const { tag } of avoidedHashtags) expect(isHashtag(tag), tag).toBe(true);
  });

  test('avoided tags are recognised whatever their case', () => {
    expect(isAvoidedHashtag('#mayday')).toBe(true);
    expect(isAvoidedHashtag('#edl')).toBe(true);
    expect(isAvoidedHashtag('#EDL2026')).toBe(false);
  });

  test('regions are international, EU or country codes', () => {
    for (const region of unusualDayRegions()) expect(region).toMatch(/^(international|[A-Z]{2})$/);
  });
});

describe('what the review found', () => {
  const byId = (id: string) => unusualDays().find((day) => day.id === id)!;

  test("Turkmenistan's Independence Day is on 27 September (since 2018)", () => {
    expect(byId('independence-day-turkmenistan').when).toEqual({ date: '09-27' });
  });

  test.each([
    ['leif-erikson-day', '#LeifEriksonDay'],
    ['european-day-of-languages', '#EuropeanDayOfLanguages'],
    ['international-workers-day', '#InternationalWorkersDay'],
  ])('%s is tagged %s', (id, tag) => {
    expect(byId(id).hashtag).toBe(tag);
  });

  test('National Hugging Day is a US observance', () => {
    expect(byId('hugging-day')).toMatchObject({ region: 'US', names: { en: 'National Hugging Day' } });
  });

  test('3 April has an international day, and World Octopus Day has its French name', () => {
    expect(ids('2027-04-03')).toContain('world-aquatic-animal-day');
    expect(byId('world-octopus-day').names.fr).toBe('Journée mondiale du poulpe');
  });
});

describe('daysOn', () => {
  test.each([
    ['2026-10-08', 'world-octopus-day'],
    ['2026-03-14', 'pi-day-international-day-of-mathematics'],
    ['2026-05-04', 'star-wars-day'],
    ['2026-07-17', 'world-emoji-day'],
    ['2026-10-01', 'international-coffee-day'],
  ])('%s has %s', (key, id) => {
    expect(ids(key)).toContain(id);
  });

  test.each([
    ['2026-06-05', true],
    ['2026-06-06', false],
    ['2027-06-04', true],
    ['2027-06-05', false],
  ])('National Donut Day (first Friday of June) on %s: %s', (key, expected) => {
    expect(ids(key).includes('national-donut-day')).toBe(expected);
  });

  test.each([
    ['2026-07-31', true],
    ['2026-07-24', false],
    ['2027-07-30', true],
  ])('SysAdmin Day (last Friday of July) on %s: %s', (key, expected) => {
    expect(ids(key).includes('system-administrator-appreciation-day')).toBe(expected);
  });

  test('Thanksgiving and Black Friday follow the fourth Thursday of November', () => {
    expect(ids('2026-11-26')).toContain('thanksgiving-us');
    expect(ids('2026-11-27')).toContain('black-friday');
    expect(ids('2024-11-29')).toContain('black-friday');
  });

  test('Leap Day exists only on 29 February of leap years', () => {
    expect(ids('2028-02-29')).toContain('leap-day');
    expect(ids('2027-02-28')).not.toContain('leap-day');
    expect(ids('2027-03-01')).not.toContain('leap-day');
  });

  test('a custom day on 29 February moves to the 28th in common years, and only then', () => {
    const settings = settingsFor(defaultSettings());
    settings.customDays = [{ id: 'c1', name: 'Our founding day', date: '02-29', hashtag: '#FoundersDay' }];
    expect(ids('2028-02-29', settings)).toContain('c1');
    expect(ids('2028-02-28', settings)).not.toContain('c1');
    expect(ids('2027-02-28', settings)).toContain('c1');
  });

  test('custom days come first and carry their name in every language', () => {
    const settings = settingsFor(defaultSettings());
    settings.customDays = [{ id: 'c1', name: 'Shop birthday', date: '10-08', hashtag: '#ShopBirthday' }];
    const [first] = daysOn('2026-10-08', settings);
    expect(first).toMatchObject({ id: 'c1', source: 'custom', region: 'custom', hashtag: '#ShopBirthday' });
    expect(first.names).toEqual({ en: 'Shop birthday', fr: 'Shop birthday', ru: 'Shop birthday' });
  });

  test("with the brand's countries: international and those countries; others only when switched on", () => {
    const france = { countries: ['FR'] };
    expect(ids('2026-07-14', settingsFor(defaultSettings()), france)).toContain('bastille-day');
    expect(ids('2026-07-04', settingsFor(defaultSettings()), france)).not.toContain('independence-day-us');
    expect(
      ids('2026-07-04', settingsFor(defaultSettings()), { ...france, enabledRegions: ['US'] }),
    ).toContain('independence-day-us');
    expect(ids('2026-10-08', settingsFor(defaultSettings()), france)).toContain('world-octopus-day');
    const settings = settingsFor(defaultSettings());
    settings.disabledRegions = ['FR'];
    expect(ids('2026-07-14', settings, france)).not.toContain('bastille-day');
  });

  test('switched-off regions are left out; custom days never are', () => {
    const settings = settingsFor(defaultSettings());
    settings.disabledRegions = ['international', 'US'];
    settings.customDays = [{ id: 'c1', name: 'Ours', date: '10-08', hashtag: '#Ours' }];
    expect(ids('2026-10-08', settings)).toEqual(['c1']);
    expect(ids('2026-07-14', settings)).toContain('bastille-day');
    expect(ids('2026-07-04', settings)).not.toContain('independence-day-us');
  });
});
