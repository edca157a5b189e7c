import { describe, expect, test } from 'vitest';
import { defaultSettings } from './settings-defaults';
import {
  migrateSettings,
  parseSettings,
  readSettingsFile,
  SETTINGS_FILE_FORMAT,
  settingsFile,
} from './settings-migrations';
import { SETTINGS_VERSION, SettingsSchema } from './settings-schema';
import { v1Settings, v2Settings } from './settings-test-fixtures';
import { parseWith } from './validation';

/** Every version-2 setting that moved into each brand in version 3. */
const perBrand = [
  'weekdayThemes',
  'mix',
  'cadence',
  'linkPolicy',
  'businessHours',
  'answerDeadlineHours',
  'localEvents',
  'customDays',
  'disabledRegions',
  'recurringTasks',
] as const;

function migrated(input: Record<string, unknown>) {
  const result = migrateSettings(input);
  expect(result.problems).toEqual([]);
  const parsed = parseWith(SettingsSchema, result.value);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('migrateSettings', () => {
  test.each([true, false])('v1 (notifications %s) reaches the current version with nothing lost', (on) => {
    const settings = migrated(v1Settings(on));
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.notifications).toEqual({ dueSoon: on, overdue: on });
    expect(settings.brands.map((brand) => brand.name)).toEqual(['Acme Coffee', 'Beans']);
  });

  test('v2: every shared setting becomes each brand’s own, identical and independent', () => {
    const v2 = v2Settings();
    const settings = migrated(v2);
    for (const brand of settings.brands) {
      for (const field of perBrand) expect(brand[field]).toEqual(v2[field]);
    }
    settings.brands[0].mix.tolerance = 99;
    expect(settings.brands[1].mix.tolerance).toBe(5);
  });

  test('v2: accounts become lists, an empty one names no account', () => {
    const [acme, beans] = migrated(v2Settings()).brands;
    expect(acme.accounts).toEqual({ x: ['@acme'], mastodon: ['@acme@fosstodon.org'] });
    expect(beans.accounts).toEqual({});
  });

  test('v2: a policy template becomes an answer of its category; the policy keeps the rest', () => {
    const [acme] = migrated(v2Settings()).brands;
    expect(acme.answers).toEqual([
      { id: 'answer-1', category: 'complaint', title: '', text: 'Sorry, {name}: DM us.' },
    ]);
    expect(acme.communicationPolicy).toEqual([
      { category: 'complaint', person: 'Support', deadlineHours: 2, guidance: '' },
      { category: 'question', person: 'Ana', deadlineHours: null, guidance: '' },
    ]);
  });

  test('v2: identity, language, the extension-wide switches and the active brand stay', () => {
    const v2 = v2Settings();
    const settings = migrated(v2);
    expect(
      settings.brands.map(({ id, name, ownDomains, language }) => ({ id, name, ownDomains, language })),
    ).toEqual([
      { id: 'acme', name: 'Acme Coffee', ownDomains: ['acme.example'], language: 'fr' },
      { id: 'beans', name: 'Beans', ownDomains: [], language: undefined },
    ]);
    const { brands: _b, version: _v, staleAfterDays, ...global } = settings;
    for (const [key, value] of Object.entries(global)) expect(value).toEqual(v2[key]);
    expect(staleAfterDays).toBe(30);
  });

  test('the input is not changed', () => {
    const v1 = v1Settings(true);
    const copy = structuredClone(v1);
    migrateSettings(v1);
    expect(v1).toEqual(copy);
  });

  test('current settings pass through unchanged', () => {
    const current = defaultSettings();
    expect(migrateSettings(current)).toEqual({ version: SETTINGS_VERSION, value: current, problems: [] });
  });

  test.each([
    ['a future version', { ...defaultSettings(), version: SETTINGS_VERSION + 1 }, 'errFutureVersion'],
    ['version zero', { ...defaultSettings(), version: 0 }, 'errUnknownVersion'],
    ['a text version', { ...defaultSettings(), version: '1' }, 'errUnknownVersion'],
  ])('refuses %s', (_name, input, message) => {
    expect(migrateSettings(input).problems).toEqual([expect.objectContaining({ path: 'version', message })]);
    expect(parseSettings(input).ok).toBe(false);
  });
});

describe('readSettingsFile', () => {
  test('a v1 export file comes out as valid current settings', () => {
    const file = {
      format: SETTINGS_FILE_FORMAT,
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      settings: v1Settings(true),
    };
    const parsed = readSettingsFile(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.version).toBe(SETTINGS_VERSION);
    expect(parsed.value.brands.map((brand) => brand.name)).toEqual(['Acme Coffee', 'Beans']);
    expect(parsed.value.notifications).toEqual({ dueSoon: true, overdue: true });
  });

  test('a bare v1 settings object is imported too', () => {
    const parsed = readSettingsFile(v1Settings(false));
    expect(parsed.ok && parsed.value.notifications).toEqual({ dueSoon: false, overdue: false });
  });

  test('an export file round-trips exactly', () => {
    const settings = { ...defaultSettings(), activeBrandId: 'brand-1', retentionDays: 30 };
    const file = JSON.parse(JSON.stringify(settingsFile(settings, Date.parse('2026-03-01T10:00Z'))));
    expect(file).toMatchObject({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION });
    expect(file.exportedAt).toBe('2026-03-01T10:00:00.000Z');
    expect(readSettingsFile(file)).toEqual({ ok: true, value: settings });
  });

  test('problems are located inside the settings', () => {
    const settings = structuredClone(defaultSettings());
    settings.brands[0].ownDomains = ['a.example', 'b.example', 'not a domain'];
    settings.brands[0].mix.formats.text = 90;
    const parsed = readSettingsFile(settingsFile(settings, 0));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'brands[0].ownDomains[2]: errNotADomain',
      'brands[0].mix.formats: errSharesNot100',
    ]);
  });

  test.each([
    ['another format', { format: 'something-else', settings: {} }, 'format'],
    [
      'settings that are not an object',
      { format: SETTINGS_FILE_FORMAT, version: 2, settings: 3 },
      'settings',
    ],
    ['a wrong type', { ...defaultSettings(), retentionDays: 'long' }, 'retentionDays'],
  ])('refuses %s', (_name, input, path) => {
    const parsed = readSettingsFile(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((problem) => problem.path)).toContain(path);
  });
});
