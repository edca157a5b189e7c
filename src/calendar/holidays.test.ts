import Holidays from 'date-holidays';
import { describe, expect, test } from 'vitest';
import type { Lang } from '../shared/calendar';
import { isHashtag } from '../shared/hashtag';
import { addDays } from '../shared/time';
import { computeHolidayYear, countries, countryOfLocale, regionsOf } from './holiday-compute';
import { gregorianEaster, pentecostExceptions } from './holiday-rules';
import type { HolidayQuery } from './holidays';
import { computeMissingHolidayYears, hashtagFromName, holidaysOn } from './holidays';

computeMissingHolidayYears(computeHolidayYear);

const on = (day: string, query: HolidayQuery) => holidaysOn(day, query);
const keys = (day: string, query: HolidayQuery) => on(day, query).map((holiday) => holiday.key);
const france = { country: 'FR', lang: 'fr' } as const;

describe('a French brand', () => {
  test.each([
    ['2027-02-09', 'mardi-gras', 'Mardi gras', '#MardiGras'],
    ['2027-03-28', 'easter-sunday', 'Pâques', '#Pâques'],
    ['2027-03-29', 'easter-monday', 'Lundi de Pâques', '#LundiDePâques'],
    ['2027-05-06', 'ascension-day', 'Ascension', '#Ascension'],
    ['2027-05-16', 'pentecost', 'Pentecôte', '#Pentecôte'],
    ['2027-05-17', 'whit-monday', 'Lundi de Pentecôte', '#LundiDePentecôte'],
    ['2027-05-30', 'mothers-day', 'Fête des mères', '#FêteDesMères'],
    ['2027-06-20', 'fathers-day', 'Fête des pères', '#FêteDesPères'],
    ['2027-07-14', 'bastille-day', 'Fête nationale (14 Juillet)', '#14Juillet'],
    ['2027-11-11', 'armistice-day', 'Armistice 1918', '#11Novembre'],
    ['2027-12-25', 'christmas-day', 'Noël', '#Noël'],
  ])('%s: %s', (day, key, name, hashtag) => {
    const [holiday] = on(day, france).filter((found) => found.key === key);
    expect(holiday).toMatchObject({ name, hashtag, country: 'FR', id: `holiday-fr-${key}` });
  });

  test('Mother’s Day moves to the first Sunday of June when Pentecost is the last of May', () => {
    // 2023: Pentecost on 28 May, so la fête des mères was on 4 June.
    expect(keys('2023-05-28', france)).not.toContain('mothers-day');
    expect(keys('2023-06-04', france)).toContain('mothers-day');
    // 2026: Pentecost on 24 May; the last Sunday (31 May) is Mother’s Day.
    expect(keys('2026-05-31', france)).toContain('mothers-day');
    expect(keys('2026-06-07', france)).not.toContain('mothers-day');
  });

  test('public holidays and observances are told apart; nothing on an ordinary day', () => {
    expect(on('2027-05-17', france)[0].type).toBe('public');
    expect(on('2027-03-28', france)[0].type).toBe('observance');
    expect(on('2027-03-30', france)).toEqual([]);
  });

  test('names in the three languages where known, the name in the language asked', () => {
    const [easterMonday] = on('2027-03-29', { country: 'FR', lang: 'ru' });
    expect(easterMonday.names).toEqual({
      en: 'Easter Monday',
      fr: 'Lundi de Pâques',
      ru: 'Пасхальный понедельник',
    });
    expect(easterMonday).toMatchObject({ name: 'Пасхальный понедельник', hashtag: '#ПасхальныйПонедельник' });
    const [bastille] = on('2027-07-14', { country: 'FR', lang: 'en' });
    expect(bastille.name).toBe('Bastille Day');
  });

  test('Alsace-Moselle (region 57) adds Good Friday and St Stephen’s Day', () => {
    expect(keys('2027-03-26', france)).toEqual([]);
    expect(keys('2027-03-26', { ...france, regions: ['57'] })).toContain('good-friday');
  });
});

describe('Belgian, Swiss, Québec, Canadian-English and Russian brands', () => {
  test.each<[string, HolidayQuery, string, string]>([
    ['2027-02-09', { country: 'BE', lang: 'fr' }, 'mardi-gras', '#MardiGras'],
    ['2027-05-09', { country: 'BE', lang: 'fr' }, 'mothers-day', '#FêteDesMères'],
    ['2027-07-21', { country: 'BE', lang: 'fr' }, 'national-holiday', '#FêteNationaleBelge'],
    ['2027-11-15', { country: 'BE', lang: 'fr' }, 'kings-feast', '#FêteDuRoi'],
    ['2027-02-09', { country: 'CH', lang: 'fr' }, 'mardi-gras', '#MardiGras'],
    ['2027-03-28', { country: 'CH', lang: 'fr' }, 'easter-sunday', '#Pâques'],
    ['2027-08-01', { country: 'CH', lang: 'fr' }, 'bundesfeiertag', '#FêteNationaleSuisse'],
    [
      '2027-09-19',
      { country: 'CH', regions: ['VD'], lang: 'fr' },
      'federal-day-of-thanksgiving-repentance-and-prayer',
      '#JeûneFédéral',
    ],
    ['2027-02-09', { country: 'CA', regions: ['QC'], lang: 'fr' }, 'mardi-gras', '#MardiGras'],
    [
      '2027-06-24',
      { country: 'CA', regions: ['QC'], lang: 'fr' },
      'national-holiday',
      '#FêteNationaleDuQuébec',
    ],
    [
      '2027-05-24',
      { country: 'CA', regions: ['QC'], lang: 'fr' },
      'national-patriots-day',
      '#JournéeNationaleDesPatriotes',
    ],
    ['2027-10-11', { country: 'CA', regions: ['QC'], lang: 'fr' }, 'thanksgiving', '#ActionDeGrâce'],
    ['2027-10-11', { country: 'CA', lang: 'en' }, 'thanksgiving', '#Thanksgiving'],
    ['2027-05-09', { country: 'CA', lang: 'en' }, 'mothers-day', '#MothersDay'],
    ['2027-07-01', { country: 'CA', lang: 'en' }, 'canada-day', '#CanadaDay'],
    ['2027-05-24', { country: 'CA', regions: ['ON'], lang: 'en' }, 'victoria-day', '#VictoriaDay'],
    ['2027-05-02', { country: 'RU', lang: 'ru' }, 'orthodox-easter', '#Пасха'],
    ['2027-11-28', { country: 'RU', lang: 'ru' }, 'mothers-day', '#ДеньМатери'],
    ['2027-02-23', { country: 'RU', lang: 'ru' }, 'defender-of-the-fatherland-day', '#23Февраля'],
    ['2027-05-09', { country: 'RU', lang: 'ru' }, 'victory-day', '#ДеньПобеды'],
    ['2027-06-12', { country: 'RU', lang: 'ru' }, 'russia-day', '#ДеньРоссии'],
    ['2027-03-07', { country: 'GB', lang: 'en' }, 'mothering-sunday', '#MothersDay'],
    ['2027-05-09', { country: 'US', lang: 'en' }, 'mothers-day', '#MothersDay'],
  ])('%s in %o: %s %s', (day, query, key, hashtag) => {
    expect(on(day, query).find((holiday) => holiday.key === key)?.hashtag).toBe(hashtag);
  });

  test('Canadian Thanksgiving is the second Monday of October, also when 1 October is a Monday', () => {
    const english = { country: 'CA', lang: 'en' } as const;
    expect(keys('2018-10-08', english)).toContain('thanksgiving');
    expect(keys('2029-10-08', english)).toContain('thanksgiving');
    expect(keys('2029-10-15', english)).not.toContain('thanksgiving');
  });

  test('Québec keeps its own (public) Thanksgiving; English Canada gets the added observance', () => {
    expect(on('2027-10-11', { country: 'CA', regions: ['QC'], lang: 'fr' })[0].type).toBe('public');
    expect(on('2027-10-11', { country: 'CA', lang: 'en' })[0].type).toBe('observance');
  });

  test('several regions give the union of their days, each once', () => {
    const vaud = keys('2027-01-02', { country: 'CH', regions: ['VD'], lang: 'fr' });
    const zurich = keys('2027-01-02', { country: 'CH', regions: ['ZH'], lang: 'fr' });
    const both = keys('2027-01-02', { country: 'CH', regions: ['VD', 'ZH'], lang: 'fr' });
    expect(new Set(both)).toEqual(new Set([...vaud, ...zurich]));
    expect(both).toHaveLength(new Set(both).size);
    expect(keys('2027-08-01', { country: 'CH', regions: ['VD', 'GE'], lang: 'fr' })).toEqual([
      'bundesfeiertag',
    ]);
  });

  test('a holiday of several days is on each of them (Russian New Year holidays)', () => {
    const russia = { country: 'RU', lang: 'fr' } as const;
    for (let day = '2027-01-02'; day <= '2027-01-06'; day = addDays(day, 1)) {
      expect(
        on(day, russia).map((holiday) => holiday.name),
        day,
      ).toContain('Vacances du Nouvel An');
    }
    expect(on('2027-01-07', russia)[0]).toMatchObject({ name: 'Noël orthodoxe', hashtag: '#NoëlOrthodoxe' });
  });

  test('a substitute day off is not a day to mark', () => {
    // 4 July 2027 is a Sunday: the US day off is Monday the 5th, the holiday stays on the 4th.
    expect(keys('2027-07-04', { country: 'US', lang: 'en' })).toContain('independence-day');
    expect(keys('2027-07-05', { country: 'US', lang: 'en' })).toEqual([]);
  });

  test('types: observances can be left out', () => {
    expect(on('2027-03-28', { ...france, types: ['public'] })).toEqual([]);
  });

  test("a tag made from a name is never one to avoid: Barbados' May Day is not #MayDay", () => {
    const [mayDay] = on('2026-05-01', { country: 'BB', lang: 'en' });
    expect(mayDay.name).toBe('May Day');
    expect(mayDay.hashtag).not.toBe('#MayDay');
    expect(isHashtag(mayDay.hashtag)).toBe(true);
  });

  test('an unknown country has no holidays', () => {
    expect(on('2027-12-25', { country: 'XX', lang: 'en' })).toEqual([]);
  });
});

describe('every holiday of our first countries', () => {
  const places: HolidayQuery[] = (['en', 'fr', 'ru'] as Lang[]).flatMap((lang) => [
    { country: 'FR', lang },
    { country: 'BE', lang },
    { country: 'CH', regions: ['GE', 'VD', 'ZH'], lang },
    { country: 'CA', regions: ['QC', 'ON'], lang },
    { country: 'RU', lang },
    { country: 'US', lang },
    { country: 'GB', lang },
  ]);
  test.each(places)('%o: valid hashtags, unique ids per day, a name', (query) => {
    for (let day = '2027-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
      const found = on(day, query);
      expect(new Set(found.map((holiday) => holiday.id)).size).toBe(found.length);
      for (const holiday of found) {
        expect(isHashtag(holiday.hashtag), `${day} ${holiday.id} ${holiday.hashtag}`).toBe(true);
        expect(holiday.name.trim()).not.toBe('');
      }
    }
  });
});

describe('the rules we add', () => {
  test('Easter as computed here agrees with date-holidays from 1950 to 2100', () => {
    const reference = new Holidays('US');
    for (let year = 1950; year <= 2100; year++) {
      const easter = reference.getHolidays(year).find((holiday) => holiday.rule === 'easter');
      expect(gregorianEaster(year).toISOString().slice(0, 10), String(year)).toBe(easter?.date.slice(0, 10));
    }
  });

  test('the Pentecost exceptions to Mother’s Day from 2020 to 2040 (7 June 2020, 4 June 2023…)', () => {
    const { disable, enable } = pentecostExceptions(2020, 2040);
    expect(disable).toEqual(['2020-05-31', '2023-05-28', '2034-05-28', '2039-05-29']);
    expect(enable).toEqual(['2020-06-07', '2023-06-04', '2034-06-04', '2039-06-05']);
  });
});

describe('hashtagFromName', () => {
  test.each([
    ['Lundi de Pâques', '#LundiDePâques'],
    ["Mother's Day", '#MothersDay'],
    ['St. Patrick’s Day', '#StPatricksDay'],
    ['День народного единства', '#ДеньНародногоЕдинства'],
    ['Fête de la Victoire 1945', '#FêteDeLaVictoire1945'],
    ['1945', undefined],
    ['', undefined],
  ])('%s → %s', (name, tag) => {
    expect(hashtagFromName(name)).toBe(tag);
  });
});

describe('lists for the options', () => {
  test('countries, named in the language asked', () => {
    const french = countries('fr');
    expect(french.length).toBeGreaterThan(150);
    expect(french.find((country) => country.code === 'CH')?.name).toBe('Suisse');
    expect(countries('ru').find((country) => country.code === 'FR')?.name).toBe('Франция');
  });

  test('regions of a country; none for a country without', () => {
    expect(regionsOf('CA', 'fr').map((region) => region.code)).toContain('QC');
    expect(regionsOf('ch', 'fr').find((region) => region.code === 'VD')?.name).toBe('Canton de Vaud');
    expect(regionsOf('XX', 'fr')).toEqual([]);
  });

  test.each([
    ['fr-FR', 'FR'],
    ['fr', 'FR'],
    ['fr-BE', 'BE'],
    ['fr-CA', 'CA'],
    ['de-CH', 'CH'],
    ['ru', 'RU'],
    ['en', 'US'],
    ['not a locale!', undefined],
  ])('the default country of a browser in %s is %s', (locale, country) => {
    expect(countryOfLocale(locale)).toBe(country);
  });
});
