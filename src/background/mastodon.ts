import { mastodonOrigin, mastodonScriptId, originPattern } from '../shared/mastodon-origin';

/**
 * The content script on the Mastodon instances the user added. Chrome keeps registered scripts
 * across worker restarts, but not necessarily across updates: `syncMastodonScripts` runs at every
 * start and after each change, and only does what is missing, so running it twice changes nothing.
 */
export interface ScriptingDeps {
  registeredIds(): Promise<string[]>;
  register(scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle' }[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  hasPermission(pattern: string): Promise<boolean>;
  removePermission(pattern: string): Promise<void>;
  /** The built content script's files, from the manifest. */
  contentScriptFiles(): string[];
}

const PREFIX = 'mastodon-';

export interface SyncResult {
  registered: string[];
  unregistered: string[];
  /** Instances whose script could not be registered (a bad entry, a refused pattern), and why. */
  failed: { origin: string; reason: string }[];
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Registers the script for every instance in `origins` we hold permission for; unregisters the rest.
 * Each instance on its own: one bad or refused entry (the browser refuses a whole list for one bad
 * pattern) is reported in `failed` and never keeps the others from being registered.
 */
export async function syncMastodonScripts(
  origins: readonly string[],
  deps: ScriptingDeps,
): Promise<SyncResult> {
  const existing = new Set((await deps.registeredIds()).filter((id) => id.startsWith(PREFIX)));
  const failed: SyncResult['failed'] = [];
  const wanted = new Map<string, string>();
  const checked = await Promise.allSettled(
    origins.map(async (origin) => {
      // Settings of an older version (or a hand-edited file) may hold anything: only an https origin.
      if (mastodonOrigin(origin) !== origin) throw new Error('not an https origin');
      const id = mastodonScriptId(origin);
      return { origin, id, permitted: await deps.hasPermission(originPattern(origin)) };
    }),
  );
  checked.forEach((outcome, index) => {
    if (outcome.status === 'rejected')
      failed.push({ origin: origins[index], reason: reasonOf(outcome.reason) });
    else if (outcome.value.permitted) wanted.set(outcome.value.id, outcome.value.origin);
  });
  const stale = [...existing].filter((id) => !wanted.has(id));
  const unregistered: string[] = [];
  if (stale.length > 0) {
    // One at a time when the list is refused, so one script the browser won't drop keeps no other.
    await deps.unregister(stale).then(
      () => unregistered.push(...stale),
      () => Promise.allSettled(stale.map((id) => deps.unregister([id]).then(() => unregistered.push(id)))),
    );
  }
  const missing = [...wanted].filter(([id]) => !existing.has(id));
  const registered: string[] = [];
  if (missing.length > 0) {
    const js = deps.contentScriptFiles();
    const outcomes = await Promise.allSettled(
      missing.map(([id, origin]) =>
        deps.register([{ id, matches: [originPattern(origin)], js, runAt: 'document_idle' }]),
      ),
    );
    outcomes.forEach((outcome, index) => {
      const [id, origin] = missing[index];
      if (outcome.status === 'fulfilled') registered.push(id);
      else failed.push({ origin, reason: reasonOf(outcome.reason) });
    });
  }
  if (failed.length > 0) console.warn('SMM Assistant: Mastodon instances not registered', failed);
  return { registered, unregistered, failed };
}

/** Forgets an instance: its script goes, and so does the permission the user granted for it. */
export async function removeMastodonInstance(origin: string, deps: ScriptingDeps): Promise<void> {
  const id = mastodonScriptId(origin);
  if ((await deps.registeredIds()).includes(id)) await deps.unregister([id]);
  await deps.removePermission(originPattern(origin));
}
