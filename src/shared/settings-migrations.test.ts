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
import { v1Settings } from './settings-test-fixtures';
import { parseWith } from './validation';

describe('migrateSettings', () => {
  test.each([true, false])('v1 (notifications %s) becomes a valid v2 with nothing lost', (on) => {
    const v1 = v1Settings(on);
    const migrated = migrateSettings(v1);
    expect(migrated).toMatchObject({ version: 1, problems: [] });
    const parsed = parseWith(SettingsSchema, migrated.value);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { version: _v1, notifications: _n1, ...rest1 } = v1;
    const { version, notifications, ...rest2 } = parsed.value;
    expect(version).toBe(SETTINGS_VERSION);
    expect(notifications).toEqual({ dueSoon: on, overdue: on });
    expect(rest2).toEqual(rest1);
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
  test('a v1 export file comes out as valid v2', () => {
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
    settings.mix.formats.text = 90;
    const parsed = readSettingsFile(settingsFile(settings, 0));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'brands[0].ownDomains[2]: errNotADomain',
      'mix.formats: errSharesNot100',
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
