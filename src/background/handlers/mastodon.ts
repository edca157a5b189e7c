import { mastodonScriptId } from '../../shared/mastodon-origin';
import { readSettings, saveSettings } from '../../store/settings-repo';
import { removeMastodonInstance, syncMastodonScripts } from '../mastodon';
import type { DomainHandlers, HandlerContext } from './context';

/** Mastodon instances the user adds: saved, and the content script registered on each. */
export function mastodonHandlers(
  context: HandlerContext,
): DomainHandlers<'mastodon.add' | 'mastodon.remove'> {
  const { now, scripting } = context;
  const saveInstances = async (change: (instances: string[]) => string[]) => {
    const settings = await readSettings();
    const instances = change(settings.mastodonInstances);
    const saved = await saveSettings({ ...settings, mastodonInstances: instances }, now());
    if (!saved.ok) throw new Error(saved.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    context.settingsChanged();
    return instances;
  };
  return {
    'mastodon.add': async ({ origin }) => {
      const instances = await saveInstances((current) =>
        current.includes(origin) ? current : [...current, origin],
      );
      if (!scripting) return { instances, registered: false };
      await syncMastodonScripts(instances, scripting);
      const registered = (await scripting.registeredIds()).includes(mastodonScriptId(origin));
      return { instances, registered };
    },
    'mastodon.remove': async ({ origin }) => {
      const instances = await saveInstances((current) => current.filter((item) => item !== origin));
      if (scripting) await removeMastodonInstance(origin, scripting);
      return { instances };
    },
  };
}
