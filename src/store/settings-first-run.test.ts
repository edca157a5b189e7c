import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { themesFor } from '../shared/theme-sets';
import { DB_NAME, resetDatabaseConnection } from './db';
import { readSettings } from './settings-repo';

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

/** The extension's i18n API in a browser whose UI speaks `language`. */
function browserIn(language: string): void {
  (globalThis as { chrome?: unknown }).chrome = {
    i18n: { getUILanguage: () => language, getMessage: () => '' },
  };
}

test.each([
  ['fr-FR', 'fr', 'Ma marque'],
  ['fr-CA', 'fr', 'Ma marque'],
  ['ru', 'ru', 'Мой бренд'],
] as const)(
  'before the first save, a %s browser gets a brand in %s, named and themed in it',
  async (browser, language, name) => {
    browserIn(browser);
    const [brand] = (await readSettings()).brands;
    expect(brand).toMatchObject({ language, name });
    expect(brand.weekdayThemes).toEqual(themesFor(language));
  },
);

test('a browser in a language we have no themes for gets the English ones, its language left open', async () => {
  browserIn('de-DE');
  const [brand] = (await readSettings()).brands;
  expect(brand.language).toBeUndefined();
  expect(brand.weekdayThemes.tuesday.hashtags).toContain('#TipTuesday');
});
