import { afterEach, describe, expect, test } from 'vitest';
import fr from '../../../public/_locales/fr/messages.json';
import ru from '../../../public/_locales/ru/messages.json';
import type { FindingParam } from '../../shared/finding';
import { t } from '../../shared/i18n';
import { paramText, paramTexts } from './finding-params';

type Catalogue = Record<string, { message: string }>;

/** The browser's chrome.i18n in a language: its catalogue and its UI language, as the panel sees them. */
function browserIn(language: string, catalogue: Catalogue): void {
  (globalThis as { chrome?: unknown }).chrome = {
    i18n: {
      getUILanguage: () => language,
      getMessage: (key: string, substitutions: string[] = []) =>
        catalogue[key]?.message.replace(/\$(\d)/g, (_, index: string) => substitutions[Number(index) - 1]) ??
        '',
    },
  };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

// Thursday 26 November 2026, 14:00 in Paris.
const at = Date.UTC(2026, 10, 26, 13, 0);
const zone = 'Europe/Paris';

describe('finding parameters in French', () => {
  test.each<[string, FindingParam, string]>([
    ['a category by its label', { kind: 'category', category: 'local-event' }, 'Événement local'],
    ['a format by its label', { kind: 'format', format: 'video' }, 'vidéo'],
    ['a date in the brand’s zone', { kind: 'date', at, zone }, 'jeudi 26 novembre'],
    ['a time in the brand’s zone', { kind: 'time', at, zone }, '14:00'],
    ['a time from the settings', { kind: 'clock', clock: '22:30' }, '22:30'],
    ['a number with French grouping', 63_206, '63\u202f206'],
    ['a domain as it is', 'lemonde.fr', 'lemonde.fr'],
  ])('%s', (_, param, expected) => {
    browserIn('fr', fr);
    expect(paramText(param)).toBe(expected);
  });

  test('the mix finding of the issue reads in French, with no id left', () => {
    browserIn('fr', fr);
    const params: FindingParam[] = [
      { kind: 'category', category: 'local-event' },
      60,
      10,
      { kind: 'category', category: 'question' },
    ];
    expect(t('ruleMixOverweightCategory', paramTexts(params))).toBe(
      'Une publication « Événement local » de plus ferait 60 % des publications récentes (objectif 10 %). ' +
        'Le plan demande plus de « Question aux abonnés ».',
    );
  });

  test('the cadence finding of the issue names the day, not an ISO date', () => {
    browserIn('fr', fr);
    const text = t(
      'ruleFrequencyDailyCap',
      paramTexts([2, 2, 'Facebook', { kind: 'time', at, zone }, { kind: 'date', at, zone }]),
    );
    expect(text).toContain('le jeudi 26 novembre à 14:00');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('other languages', () => {
  test('Russian dates and times follow the brand’s zone', () => {
    browserIn('ru', ru);
    expect(paramText({ kind: 'date', at, zone: 'Europe/Moscow' })).toBe('четверг, 26 ноября');
    expect(paramText({ kind: 'time', at, zone: 'Europe/Moscow' })).toBe('16:00');
  });

  test('English, from the catalogue registered for tests', () => {
    expect(paramText({ kind: 'category', category: 'curated' })).toBe('Curated link');
    expect(paramText({ kind: 'clock', clock: '22:30' })).toBe('10:30 PM');
    expect(paramText(2_200)).toBe('2,200');
  });

  // Node 20 has no Intl.DurationFormat: this is the fallback older browsers get (the e2e see Intl's).
  test.skipIf('DurationFormat' in Intl).each([
    [45, '45 min'],
    [240, '4 h 0 min'],
    [90, '1 h 30 min'],
    [3 * 1440 + 5, '3 days'],
    [0, '0 min'],
  ])('%i minutes without Intl.DurationFormat: %s', (minutes, expected) => {
    expect(paramText({ kind: 'minutes', minutes })).toBe(expected);
  });
});
