import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import { categories, formats } from './content-types';
import { weekdays } from './weekdays';

type Catalogue = Record<string, { message: string }>;
const catalogues: Record<string, Catalogue> = { en, fr, ru };
const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((match) => match[0]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|bench)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('locales', () => {
  test.each(['fr', 'ru'])('%s has exactly the English keys, with the same placeholders', (language) => {
    const catalogue = catalogues[language];
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en as Catalogue)) {
      expect(placeholders(catalogue[key].message), `${language}.${key}`).toEqual(placeholders(message));
      expect(catalogue[key].message.trim(), `${language}.${key}`).not.toBe('');
    }
  });

  test('every key is a valid Chrome message name', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  test('every key the code names literally exists', () => {
    const used = new Set<string>();
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]);
      for (const match of text.matchAll(
        /message: '((?:rule|err|panel|popup|options|calendar|reminder)[A-Za-z0-9_]+)'/g,
      )) {
        used.add(match[1]);
      }
      // Schema messages: valibot takes the key as an action's last argument (`v.maxLength(20, 'errTooMany')`).
      for (const match of text.matchAll(/'(err[A-Z][A-Za-z0-9_]*)'/g)) used.add(match[1]);
    }
    const missing = [...used].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  test('keys built from names exist for every name', () => {
    const keys = [
      ...weekdays.map((day) => `weekday_${day}`),
      ...formats.map((format) => `format_${format}`),
      ...categories.map((category) => `category_${category.replace(/-/g, '_')}`),
      ...['error', 'warn', 'info'].map((severity) => `severity_${severity}`),
    ];
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });

  test('the manifest names resolve', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;
    const names = [...JSON.stringify(manifest).matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !(name in en))).toEqual([]);
  });
});
