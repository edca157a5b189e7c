import type { RequestType } from '../shared/protocol';
import { resolveSettings, settingsHealth } from '../store/settings-resolve';
import { type ScriptingDeps, syncMastodonScripts } from './mastodon';
import type { Handlers } from './router';

export type SettingsRequest = 'settings.health' | 'settings.resolve';

/**
 * The options page's view of the stored settings' health, and the user's choice when they are
 * damaged: the only requests that may write over a record that fails validation.
 */
export function createSettingsHandlers(
  now: () => number,
  events: { commentsChanged: () => void; settingsChanged: () => void },
  scripting?: ScriptingDeps,
): Pick<Handlers, SettingsRequest & RequestType> {
  return {
    'settings.health': () => settingsHealth(now()),
    'settings.resolve': async ({ choice, backupId }) => {
      const result = await resolveSettings(choice, backupId, now());
      if (!result.ok) return { saved: false, problems: result.problems };
      events.commentsChanged();
      events.settingsChanged();
      if (scripting) await syncMastodonScripts(result.value.mastodonInstances, scripting);
      return { saved: true, settings: result.value };
    },
  };
}
