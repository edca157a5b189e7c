import { database } from './db';

export async function readPref<T>(key: string, fallback: T): Promise<T> {
  const pref = await (await database()).get('prefs', key);
  return pref ? (pref.value as T) : fallback;
}

export async function writePref(key: string, value: unknown): Promise<void> {
  await (await database()).put('prefs', { key, value });
}
