import { afterEach, expect, test } from 'vitest';
import { browserLanguage, messageOrText, t, uiLanguage } from './i18n';

const global = globalThis as { chrome?: unknown };
afterEach(() => {
  delete global.chrome;
});

test('uses the browser API and its substitutions when present', () => {
  global.chrome = {
    i18n: {
      getMessage: (key: string, subs: string[]) =>
        key === 'catalogueLanguage' ? 'fr' : `${key}:${subs.join('|')}`,
      getUILanguage: () => 'fr',
    },
  };
  expect(t('panelInsert', [1, 'a'])).toBe('panelInsert:1|a');
  expect(uiLanguage()).toBe('fr');
});

test('falls back to the catalogue when the extension context is gone', () => {
  const gone = () => {
    throw new Error('Extension context invalidated.');
  };
  global.chrome = { i18n: { getMessage: gone, getUILanguage: gone } };
  expect(t('panelInsertHashtagLabel', ['#Tag'])).toBe('Insert #Tag');
  expect(typeof uiLanguage()).toBe('string');
});

test('an unknown key reads as itself rather than as nothing', () => {
  // @ts-expect-error A key missing from the English catalogue is a type error: a typo fails typecheck.
  expect(t('noSuchKey')).toBe('noSuchKey');
  expect(messageOrText('Network error')).toBe('Network error');
});

/** The extension's API with French messages (or `catalogue`'s), in a browser that says `reported`. */
function browser(reported: string, catalogue = 'fr') {
  global.chrome = {
    i18n: {
      getMessage: (key: string) => (key === 'catalogueLanguage' ? catalogue : key),
      getUILanguage: () => reported,
    },
  };
}

test.each([
  ['a service worker that says en-US while its messages are French', 'en-US', 'fr', 'fr'],
  ['a Canadian French browser keeps its own tag, for its date order', 'fr-CA', 'fr', 'fr-CA'],
  ['a German browser reads our English: its dates are English too', 'de-DE', 'en', 'en'],
])('the language is the messages’ one: %s', (_, reported, catalogue, expected) => {
  browser(reported, catalogue);
  expect(browserLanguage()).toBe(expected);
  expect(uiLanguage()).toBe(expected);
});

test('outside the extension there is no browser language, and the UI falls back to the runtime’s', () => {
  expect(browserLanguage()).toBeUndefined();
  expect(typeof uiLanguage()).toBe('string');
});
