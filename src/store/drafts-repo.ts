import { database } from './db';
import type { SavedDraft } from './schema';

/**
 * Drafts are saved per tab: two tabs of x.com/home each keep their own unsent text. A content
 * script names only its page (`network:kind:origin+path`, see content/composer-session.ts); the
 * background, which knows the sender's tab, stores the draft under `<page key>#tab-<id>`. A tab
 * (a reload keeps its id) is offered its own draft first; a new tab, or one whose own draft is
 * gone, is offered the page's most recent draft, so a closed tab's text is still brought back.
 */
const TAB_MARK = '#tab-';

/** The key a tab's draft is stored under; the page key itself when the sender has no tab. */
export function tabDraftKey(pageKey: string, tabId: number | undefined): string {
  return tabId === undefined ? pageKey : `${pageKey}${TAB_MARK}${tabId}`;
}

/** The page key a stored key belongs to. */
export function pageKeyOf(storedKey: string): string {
  const mark = storedKey.lastIndexOf(TAB_MARK);
  return mark < 0 ? storedKey : storedKey.slice(0, mark);
}

/** The keys of a page's tabs' drafts (a draft saved before drafts were per tab has the page key). */
const ofPage = (pageKey: string) => IDBKeyRange.bound(`${pageKey}${TAB_MARK}`, `${pageKey}${TAB_MARK}\uffff`);

/** The same text, whatever the editor did to its spaces and line ends when it was brought back. */
const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/**
 * Saves a tab's draft (`draft.key` is the stored key). A draft of another tab of the same page
 * with the same text is the one this tab brought back: it goes, so that once this tab publishes
 * or clears its text, a closed tab's copy isn't offered again. The text itself stays saved here.
 */
export async function saveDraft(draft: SavedDraft): Promise<void> {
  const db = await database();
  const tx = db.transaction('drafts', 'readwrite');
  if (!draft.text.trim()) {
    await tx.store.delete(draft.key);
  } else {
    const pageKey = pageKeyOf(draft.key);
    const legacy = await tx.store.get(pageKey);
    const others = [...(await tx.store.getAll(ofPage(pageKey))), ...(legacy ? [legacy] : [])];
    for (const other of others) {
      if (other.key !== draft.key && sameText(other.text, draft.text)) await tx.store.delete(other.key);
    }
    await tx.store.put(draft);
  }
  await tx.done;
}

/**
 * The draft to offer a tab of the page `pageKey`: its own, else the page's most recent one; none
 * older than `maxAgeMs`.
 */
export async function readDraft(
  pageKey: string,
  tabId: number | undefined,
  now: number,
  maxAgeMs: number,
): Promise<SavedDraft | undefined> {
  const db = await database();
  const tx = db.transaction('drafts');
  const fresh = (draft: SavedDraft | undefined): draft is SavedDraft =>
    draft !== undefined && now - draft.savedAt <= maxAgeMs;
  const own = await tx.store.get(tabDraftKey(pageKey, tabId));
  if (fresh(own)) return own;
  const candidates = [...(await tx.store.getAll(ofPage(pageKey))), await tx.store.get(pageKey)].filter(fresh);
  return candidates.reduce<SavedDraft | undefined>(
    (newest, draft) => (!newest || draft.savedAt > newest.savedAt ? draft : newest),
    undefined,
  );
}

/** Deletes the draft stored under `storedKey` (a tab's, after it published). */
export async function clearDraft(storedKey: string): Promise<void> {
  await (await database()).delete('drafts', storedKey);
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

/** The most recent saved drafts, newest first (the week's "pin a saved draft" offers them). */
export async function recentDrafts(limit: number): Promise<SavedDraft[]> {
  const db = await database();
  const drafts: SavedDraft[] = [];
  for (
    let cursor = await db.transaction('drafts').store.index('bySavedAt').openCursor(null, 'prev');
    cursor && drafts.length < limit;
    cursor = await cursor.continue()
  ) {
    drafts.push(cursor.value);
  }
  return drafts;
}
