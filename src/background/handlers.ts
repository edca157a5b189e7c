import { clearDraft, readDraft, saveDraft } from '../store/drafts-repo';
import { logPost, postsSince } from '../store/posts-repo';
import { readPref, writePref } from '../store/prefs-repo';
import { readSettings, saveSettings } from '../store/settings-repo';
import type { Handlers } from './router';

const DAY = 86_400_000;

/** What the background answers to each request; all state lives in IndexedDB. */
export function createHandlers(version: string, now: () => number = Date.now): Handlers {
  return {
    ping: async () => ({ pong: true, version }),
    'settings.get': () => readSettings(),
    'settings.save': async ({ settings }) => {
      const result = await saveSettings(settings, now());
      return result.ok
        ? { saved: true, settings: result.value }
        : { saved: false, problems: result.problems };
    },
    'prefs.get': async ({ key }) => ({ value: await readPref<unknown>(key, null) }),
    'prefs.set': async ({ key, value }) => {
      await writePref(key, value);
      return { saved: true };
    },
    'posts.log': async ({ post }) => {
      const result = await logPost(post);
      return result;
    },
    'posts.since': ({ since, network }) => postsSince(since, network),
    'drafts.save': async (draft) => {
      await saveDraft({ ...draft, savedAt: now() });
      return { saved: true };
    },
    'drafts.get': async ({ key }) => {
      const settings = await readSettings();
      const draft = await readDraft(key, now(), settings.draftExpiryDays * DAY);
      return draft ? { text: draft.text, savedAt: draft.savedAt } : null;
    },
    'drafts.clear': async ({ key }) => {
      await clearDraft(key);
      return { cleared: true };
    },
  };
}
