import { afterEach, expect, test } from 'vitest';
import { t, uiLanguage } from './i18n';

const global = globalThis as { chrome?: unknown };
afterEach(() => {
  delete global.chrome;
});

test('uses the browser API and its substitutions when present', () => {
  global.chrome = {
    i18n: {
      getMessage: (key: string, subs: string[]) => `${key}:${subs.join('|')}`,
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
  expect(t('noSuchKey')).toBe('noSuchKey');
});
