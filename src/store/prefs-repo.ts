import { database } from './db';

export async function readPref<T>(key: string, fallback: T): Promise<T> {
  const pref = await (await database()).get('prefs', key);
  return pref ? (pref.value as T) : fallback;
}

export async function writePref(key: string, value: unknown): Promise<void> {
  await (await database()).put('prefs', { key, value });
}

/** Removes every pref whose key `stale` picks; returns how many went. */
export async function prunePrefs(stale: (key: string) => boolean): Promise<number> {
  const tx = (await database()).transaction('prefs', 'readwrite');
  const keys = (await tx.store.getAllKeys()).filter((key) => stale(String(key)));
  await Promise.all(keys.map((key) => tx.store.delete(key)));
  await tx.done;
  return keys.length;
}
