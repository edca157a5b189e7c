import { database } from './db';
import type { SavedDraft } from './schema';

export async function saveDraft(draft: SavedDraft): Promise<void> {
  const db = await database();
  if (draft.text.trim()) await db.put('drafts', draft);
  else await db.delete('drafts', draft.key);
}

/** The saved draft for `key`, unless it is older than `maxAgeMs`. */
export async function readDraft(key: string, now: number, maxAgeMs: number): Promise<SavedDraft | undefined> {
  const draft = await (await database()).get('drafts', key);
  return draft && now - draft.savedAt <= maxAgeMs ? draft : undefined;
}

export async function clearDraft(key: string): Promise<void> {
  await (await database()).delete('drafts', key);
}

/** Deletes drafts saved before `before`; returns how many. */
export async function pruneDrafts(before: number): Promise<number> {
  const db = await database();
  const tx = db.transaction('drafts', 'readwrite');
  let removed = 0;
  for (
    let cursor = await tx.store.index('bySavedAt').openCursor(IDBKeyRange.upperBound(before, true));
    cursor;
  ) {
    await cursor.delete();
    removed += 1;
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}
