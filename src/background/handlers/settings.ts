import { settingsSizeProblem } from '../../shared/backup-format';
import { importSettings, readSettings, saveSettings } from '../../store/settings-repo';
import { resolveSettings, settingsHealth } from '../../store/settings-resolve';
import { syncMastodonScripts } from '../mastodon';
import type { DomainHandlers, HandlerContext } from './context';

/**
 * The settings: read, saved whole, imported from a file (any version), and, when the stored record
 * is damaged, its health and the user's choice (the only writes allowed over it then).
 */
export function settingsHandlers(
  context: HandlerContext,
): DomainHandlers<
  'settings.get' | 'settings.save' | 'settings.import' | 'settings.health' | 'settings.resolve'
> {
  const { now, scripting } = context;
  const changed = async (instances: readonly string[]) => {
    context.commentsChanged();
    context.settingsChanged();
    if (scripting) await syncMastodonScripts(instances, scripting);
  };
  return {
    'settings.get': () => readSettings(),
    'settings.save': async ({ settings }) => {
      const result = await saveSettings(settings, now());
      if (!result.ok) return { saved: false, problems: result.problems };
      context.commentsChanged();
      context.settingsChanged();
      return { saved: true, settings: result.value };
    },
    'settings.import': async ({ file }) => {
      // The options page checks the file's size before reading it; a message can still carry more.
      const tooLarge = settingsSizeProblem(file);
      if (tooLarge) return { saved: false, problems: [tooLarge] };
      const result = await importSettings(file, now());
      if (!result.ok) return { saved: false, problems: result.problems };
      await changed(result.value.mastodonInstances);
      return { saved: true, settings: result.value };
    },
    'settings.health': () => settingsHealth(now()),
    'settings.resolve': async ({ choice, backupId }) => {
      const result = await resolveSettings(choice, backupId, now());
      if (!result.ok) return { saved: false, problems: result.problems };
      await changed(result.value.mastodonInstances);
      return { saved: true, settings: result.value };
    },
  };
}
