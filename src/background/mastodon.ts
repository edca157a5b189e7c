import { mastodonScriptId, originPattern } from '../shared/mastodon-origin';

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
}

/** Registers the script for every instance in `origins` we hold permission for; unregisters the rest. */
export async function syncMastodonScripts(
  origins: readonly string[],
  deps: ScriptingDeps,
): Promise<SyncResult> {
  const existing = new Set((await deps.registeredIds()).filter((id) => id.startsWith(PREFIX)));
  const permitted = (
    await Promise.all(
      origins.map(async (origin) => ((await deps.hasPermission(originPattern(origin))) ? origin : null)),
    )
  ).filter((origin): origin is string => origin !== null);
  const wanted = new Map(permitted.map((origin) => [mastodonScriptId(origin), origin]));
  const unregistered = [...existing].filter((id) => !wanted.has(id));
  if (unregistered.length > 0) await deps.unregister(unregistered);
  const missing = [...wanted].filter(([id]) => !existing.has(id));
  if (missing.length > 0) {
    const js = deps.contentScriptFiles();
    await deps.register(
      missing.map(([id, origin]) => ({ id, matches: [originPattern(origin)], js, runAt: 'document_idle' })),
    );
  }
  return { registered: missing.map(([id]) => id), unregistered };
}

/** Forgets an instance: its script goes, and so does the permission the user granted for it. */
export async function removeMastodonInstance(origin: string, deps: ScriptingDeps): Promise<void> {
  const id = mastodonScriptId(origin);
  if ((await deps.registeredIds()).includes(id)) await deps.unregister([id]);
  await deps.removePermission(originPattern(origin));
}
