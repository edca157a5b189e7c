import { defaultSettings } from '../shared/settings-defaults';
import { type Settings, SettingsSchema } from '../shared/settings-schema';
import { type Parsed, parseWith } from '../shared/validation';
import { database } from './db';

/**
 * The brand settings. Reading never fails: a record that no longer validates (a bug, or a
 * hand-edited database) falls back to the defaults rather than breaking every page.
 */
export async function readSettings(): Promise<Settings> {
  const stored = await (await database()).get('settings', 'current');
  if (!stored) return defaultSettings();
  const parsed = parseWith(SettingsSchema, stored.value);
  return parsed.ok ? parsed.value : defaultSettings();
}

/** Validates and saves; on any problem nothing is written and the problems are returned. */
export async function saveSettings(input: unknown, now = Date.now()): Promise<Parsed<Settings>> {
  const parsed = parseWith(SettingsSchema, input);
  if (!parsed.ok) return parsed;
  await (await database()).put('settings', { id: 'current', value: parsed.value, savedAt: now });
  return parsed;
}
