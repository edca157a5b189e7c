import { describe, expect, test } from 'vitest';
import { calendarDaysOn } from './calendar-days';
import { calendarHashtagsFor } from './calendar-hashtags';
import { suggestionsFor } from './suggestions';
import { foldedTag } from './tag-identity';
import { at, settingsIn } from './test-fixtures';
import { weekPlan } from './week-plan';

const paris = () => settingsIn('Europe/Paris');
const ids = (list: { id: string }[]) => list.map((day) => day.id);
const france = { country: 'FR' };

describe('calendarDaysOn', () => {
  test('without a place: no holidays, every region not switched off (as before)', () => {
    const days = calendarDaysOn('2027-03-28', paris(), 'fr');
    expect(days.every((day) => day.source !== 'holiday')).toBe(true);
    expect(ids(calendarDaysOn('2026-07-04', paris(), 'en'))).toContain('independence-day-us');
  });

  test('a French brand: Pâques on Easter Sunday 2027, la fête des mères on 30 May 2027', () => {
    const easter = calendarDaysOn('2027-03-28', paris(), 'fr', france);
    expect(easter[0]).toMatchObject({
      id: 'holiday-fr-easter-sunday',
      source: 'holiday',
      holidayType: 'observance',
      region: 'FR',
      hashtag: '#Pâques',
    });
    expect(easter[0].names.fr).toBe('Pâques');
    const mothers = calendarDaysOn('2027-05-30', paris(), 'fr', france);
    expect(mothers.find((day) => day.source === 'holiday')).toMatchObject({ hashtag: '#FêteDesMères' });
    expect(mothers.find((day) => day.source === 'holiday')?.names.fr).toBe('Fête des mères');
  });

  test('a holiday hides the dataset entry it stands for: 14 July once, as the holiday', () => {
    const days = calendarDaysOn('2026-07-14', paris(), 'fr', france);
    expect(days.filter((day) => day.hashtag === '#14Juillet')).toHaveLength(1);
    expect(ids(days)).toContain('holiday-fr-bastille-day');
    expect(ids(days)).not.toContain('bastille-day');
  });

  test('the same tag with or without accents is one day (#FêteDesPères, #FeteDesPeres)', () => {
    expect(foldedTag('#FêteDesPères')).toBe(foldedTag('#FETEDESPERES'));
    const days = calendarDaysOn('2027-06-20', paris(), 'fr', france);
    expect(days.filter((day) => foldedTag(day.hashtag) === 'fetedesperes')).toHaveLength(1);
  });

  test("international days and the brand's country by default; other countries opt-in", () => {
    const july4 = ids(calendarDaysOn('2026-07-04', paris(), 'fr', france));
    expect(july4).not.toContain('independence-day-us');
    const optedIn = calendarDaysOn('2026-07-04', paris(), 'fr', { ...france, enabledRegions: ['US'] });
    expect(ids(optedIn)).toContain('independence-day-us');
    expect(ids(calendarDaysOn('2026-10-08', paris(), 'fr', france))).toContain('world-octopus-day');
  });

  test('disabledRegions keeps working with a place', () => {
    const settings = settingsIn('Europe/Paris', { disabledRegions: ['international'] });
    expect(ids(calendarDaysOn('2026-10-08', settings, 'fr', france))).not.toContain('world-octopus-day');
  });

  test('custom days first, then holidays, then the dataset', () => {
    const settings = paris();
    settings.customDays = [{ id: 'c', name: 'Nos 10 ans', date: '03-28', hashtag: '#Nos10Ans' }];
    const sources = calendarDaysOn('2027-03-28', settings, 'fr', france).map((day) => day.source);
    expect(sources[0]).toBe('custom');
    expect(sources[1]).toBe('holiday');
    expect(sources.slice(2).every((source) => source === 'dataset')).toBe(true);
  });

  test.each([
    ['BE', undefined, '2027-07-21', '#FêteNationaleBelge', 'belgian-national-day'],
    ['CH', ['VD'], '2027-08-01', '#FêteNationaleSuisse', 'swiss-national-day'],
    ['CA', ['QC'], '2027-06-24', '#FêteNationaleDuQuébec', 'quebecs-national-holiday'],
    ['RU', undefined, '2027-06-12', '#ДеньРоссии', 'russia-day'],
  ])('%s %s on %s: %s once, instead of %s', (country, regions, day, hashtag, replaced) => {
    const lang = country === 'RU' ? 'ru' : 'fr';
    const days = calendarDaysOn(day, paris(), lang, { country, ...(regions ? { regions } : {}) });
    expect(days.filter((entry) => entry.hashtag === hashtag)).toHaveLength(1);
    expect(ids(days)).not.toContain(replaced);
  });
});

describe('the panel, the popup and the week plan use the same source', () => {
  test("suggestions: today's holiday, category holiday, named in the brand's language", () => {
    // Easter Sunday 2027, 10:00 in Paris.
    const list = suggestionsFor(at('2027-03-28T08:00:00Z'), paris(), [], 'fr', france);
    const easter = list.find((suggestion) => suggestion.sourceId === 'holiday-fr-easter-sunday');
    expect(easter).toMatchObject({
      kind: 'day',
      category: 'holiday',
      hashtag: '#Pâques',
      label: 'Pâques',
      holidayType: 'observance',
    });
    expect(easter?.idea).toContain('Pâques');
    expect(suggestionsFor(at('2027-03-28T08:00:00Z'), paris(), [], 'fr').map((s) => s.hashtag)).not.toContain(
      '#Pâques',
    );
  });

  test('a Canadian-English brand is offered Thanksgiving on the second Monday of October', () => {
    const toronto = settingsIn('America/Toronto');
    const list = suggestionsFor(at('2027-10-11T14:00:00Z'), toronto, [], 'en', { country: 'CA' });
    expect(list.find((s) => s.sourceId === 'holiday-ca-thanksgiving')).toMatchObject({
      label: 'Thanksgiving',
      hashtag: '#Thanksgiving',
      category: 'holiday',
    });
  });

  test('calendar hashtags follow the language: #ActionDeGrâce in Québec French', () => {
    const montreal = settingsIn('America/Toronto');
    const now = at('2027-10-11T14:00:00Z');
    expect(calendarHashtagsFor(now, montreal, { country: 'CA', regions: ['QC'] }, 'fr')).toContain(
      '#ActionDeGrâce',
    );
    expect(calendarHashtagsFor(now, montreal, { country: 'CA' }, 'en')).toContain('#Thanksgiving');
    expect(calendarHashtagsFor(now, montreal)).not.toContain('#Thanksgiving');
  });

  test('the week plan headlines the holiday', () => {
    // Thursday 25 March 2027 in Paris: the week runs to Wednesday 31 March.
    const plan = weekPlan(at('2027-03-25T09:00:00Z'), paris(), [], france, 'fr');
    const sunday = plan.find((day) => day.date === '2027-03-28');
    const monday = plan.find((day) => day.date === '2027-03-29');
    expect(sunday?.notableDay).toMatchObject({ id: 'holiday-fr-easter-sunday', hashtag: '#Pâques' });
    expect(monday?.notableDay).toMatchObject({ id: 'holiday-fr-easter-monday', holidayType: 'public' });
  });
});
