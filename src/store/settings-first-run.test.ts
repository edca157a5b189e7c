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

/** The extension's i18n API in a browser whose UI speaks `language`, with our catalogue for it. */
function browserIn(language: string): void {
  const ours = ['fr', 'ru'].find((ours) => language.startsWith(ours)) ?? 'en';
  (globalThis as { chrome?: unknown }).chrome = {
    i18n: {
      getUILanguage: () => language,
      getMessage: (key: string) => (key === 'catalogueLanguage' ? ours : ''),
    },
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

test('a browser in a language we have no texts for reads English, and gets the English brand', async () => {
  browserIn('de-DE');
  const [brand] = (await readSettings()).brands;
  expect(brand).toMatchObject({ language: 'en', name: 'My brand' });
  expect(brand.weekdayThemes).toEqual(themesFor('en'));
});
