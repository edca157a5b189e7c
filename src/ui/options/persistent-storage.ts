/**
 * Asks the browser to keep the extension's data when the disk runs low ("persistent" storage):
 * the settings, the publishing log and the tracked comments live only in IndexedDB. Asked from
 * the options page, because `persist()` exists only in windows, not in the background's worker.
 * Chromium decides by itself, without a prompt; Firefox may ask the user once. No permission is
 * added for it (`unlimitedStorage` would be another), so the answer may be no.
 */
export async function askPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<boolean | null> {
  if (typeof storage?.persist !== 'function') return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    // An opaque or storage-disabled context: nothing to ask.
    return null;
  }
}
