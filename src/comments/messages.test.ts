import { describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import { categoryKeys } from './labels';

const catalogues = { en, fr, ru } as Record<string, Record<string, { message: string }>>;
const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((match) => match[0]).sort();

describe('comment messages', () => {
  test.each(['fr', 'ru'])('%s has exactly the English keys and placeholders', (language) => {
    const catalogue = catalogues[language];
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(placeholders(catalogue[key].message), key).toEqual(placeholders(message));
    }
  });

  test.each(Object.keys(catalogues))(
    '%s: keys are valid Chrome message names and used labels exist',
    (language) => {
      const catalogue = catalogues[language];
      for (const key of Object.keys(catalogue)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      for (const key of Object.values(categoryKeys)) {
        expect(catalogue[key]?.message, key).toBeTruthy();
      }
    },
  );
});
