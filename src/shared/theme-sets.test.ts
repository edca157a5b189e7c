import { describe, expect, test } from 'vitest';
import { isHashtag } from './hashtag';
import { defaultBrand, defaultSettings } from './settings-defaults';
import { Brand } from './settings-schema';
import { mixThemeSets, themeLanguages, themeSets, themesFor } from './theme-sets';
import { parseWith } from './validation';
import { weekdays } from './weekdays';

describe('the weekday theme sets', () => {
  test.each(themeLanguages)('%s: every weekday has valid tags and an idea, each tag once', (language) => {
    const set = themeSets[language];
    for (const day of weekdays) {
      expect(set[day].hashtags.length, day).toBeGreaterThan(0);
      for (const tag of set[day].hashtags) expect(isHashtag(tag), tag).toBe(true);
      expect(set[day].idea.trim(), day).not.toBe('');
      expect(set[day].idea.length).toBeLessThanOrEqual(200);
    }
    const all = weekdays.flatMap((day) => set[day].hashtags.map((tag) => tag.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });

  test("English is today's default", () => {
    expect(themeSets.en).toEqual(defaultSettings().brands[0].weekdayThemes);
  });

  test('French follows the handbook, in the form French accounts tag', () => {
    expect(themeSets.fr.monday.hashtags).toEqual(['#LundiMotivation', '#LundiEnMusique']);
    expect(themeSets.fr.thursday.hashtags).toContain('#JeudiSouvenir');
    expect(themeSets.fr.thursday.hashtags).toContain('#PenséesDuJeudi');
    expect(themeSets.fr.friday.hashtags).toContain('#TGIF');
    expect(themeSets.fr.monday.idea).toMatch(/semaine/);
  });

  test('Russian tags and ideas are in Russian', () => {
    for (const day of weekdays) {
      for (const tag of themeSets.ru[day].hashtags) {
        if (tag !== '#TGIF') expect(tag, tag).toMatch(/^#[А-Яа-яЁё]+$/);
      }
      expect(themeSets.ru[day].idea).toMatch(/[А-Яа-яЁё]/);
    }
    expect(themeSets.ru.monday.hashtags[0]).toBe('#ПонедельникМотивации');
  });

  test('each set passes the settings schema as weekday themes', () => {
    for (const language of themeLanguages) {
      const brand = { ...defaultBrand(), weekdayThemes: themesFor(language) };
      expect(parseWith(Brand, brand).ok, language).toBe(true);
    }
  });
});

describe('themesFor', () => {
  test.each([
    ['fr', '#LundiMotivation'],
    ['fr-CA', '#LundiMotivation'],
    ['FR_be', '#LundiMotivation'],
    ['ru-RU', '#ПонедельникМотивации'],
    ['en-GB', '#MotivationMonday'],
    ['de', '#MotivationMonday'],
    ['', '#MotivationMonday'],
  ])('%s starts Monday with %s', (language, tag) => {
    expect(themesFor(language).monday.hashtags[0]).toBe(tag);
  });

  test('returns a copy: editing it never changes the shipped set ("restore defaults" stays true)', () => {
    const mine = themesFor('fr');
    mine.monday.hashtags.push('#Oups');
    mine.monday.idea = 'Autre chose';
    expect(themesFor('fr').monday.hashtags).not.toContain('#Oups');
    expect(themeSets.fr.monday.idea).not.toBe('Autre chose');
  });
});

describe('mixThemeSets', () => {
  test('the union per weekday, the first set first, its idea kept', () => {
    const mixed = mixThemeSets(['fr', 'en']);
    expect(mixed.thursday.hashtags).toEqual([
      '#JeudiSouvenir',
      '#PenséesDuJeudi',
      '#JeudiGratitude',
      '#ThrowbackThursday',
      '#ThoughtfulThursday',
      '#ThankfulThursday',
    ]);
    expect(mixed.thursday.idea).toBe(themeSets.fr.thursday.idea);
  });

  test('a tag in two sets appears once (#TGIF is French and English)', () => {
    const friday = mixThemeSets(['fr', 'en']).friday.hashtags;
    expect(friday.filter((tag) => tag.toLowerCase() === '#tgif')).toHaveLength(1);
  });

  test('one set mixed with itself is itself; the result is a copy', () => {
    const mixed = mixThemeSets(['ru', 'ru']);
    expect(mixed).toEqual(themeSets.ru);
    mixed.sunday.hashtags.pop();
    expect(themeSets.ru.sunday.hashtags).toHaveLength(2);
  });

  test('no set at all gives English', () => {
    expect(mixThemeSets([])).toEqual(themeSets.en);
  });
});
