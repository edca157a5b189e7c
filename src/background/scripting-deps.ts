import type { ScriptingDeps } from './mastodon';

/** The browser half of `ScriptingDeps`, on `chrome.scripting` and `chrome.permissions` (promise forms). */
export const browserScriptingDeps: ScriptingDeps = {
  registeredIds: async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id),
  register: (scripts) => chrome.scripting.registerContentScripts(scripts),
  unregister: (ids) => chrome.scripting.unregisterContentScripts({ ids }),
  hasPermission: (pattern) => chrome.permissions.contains({ origins: [pattern] }),
  removePermission: async (pattern) => {
    await chrome.permissions.remove({ origins: [pattern] });
  },
  contentScriptFiles: () => chrome.runtime.getManifest().content_scripts?.[0]?.js ?? [],
};
