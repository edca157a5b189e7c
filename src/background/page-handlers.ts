import { todayKey } from '../calendar/day';
import { mastodonScriptId } from '../shared/mastodon-origin';
import type { RequestType } from '../shared/protocol';
import { settingsFor } from '../shared/settings-defaults';
import { DAY } from '../shared/time';
import { checklistTicks, tickChecklist } from '../store/checklist-repo';
import { answerTimeStats, awaitingSummary } from '../store/comments-repo';
import { allRecords, clearRecords } from '../store/data-repo';
import { postsSince } from '../store/posts-repo';
import { importSettings, readSettings, saveSettings } from '../store/settings-repo';
import { dataExport } from './data-export';
import { prepareHolidays } from './holiday-years';
import { placeOf } from './language';
import { removeMastodonInstance, type ScriptingDeps, syncMastodonScripts } from './mastodon';
import { buildPopupToday } from './popup-today';
import type { Handlers } from './router';

export type PageRequest =
  | 'popup.today'
  | 'checklist.get'
  | 'checklist.tick'
  | 'settings.import'
  | 'data.export'
  | 'data.clear'
  | 'mastodon.add'
  | 'mastodon.remove';

/**
 * The requests of the popup and the options page. `scripting` is absent in unit tests of the
 * router: instances are then saved without registering a content script.
 */
export function createPageHandlers(
  now: () => number,
  events: { commentsChanged: () => void; settingsChanged: () => void },
  scripting?: ScriptingDeps,
): Pick<Handlers, PageRequest & RequestType> {
  return {
    'popup.today': async ({ now: at }) => {
      const all = await readSettings();
      const settings = settingsFor(all);
      await prepareHolidays(placeOf(settings), todayKey(at, settings), { wait: true });
      // The week plan and the mix look back over the mix window; two extra days cover zone edges.
      const since = at - (Math.max(settings.mix.windowDays, 14) + 2) * DAY;
      const [log, ticks, summary, week, month] = await Promise.all([
        postsSince(since),
        checklistTicks(todayKey(at, settings)),
        awaitingSummary(at),
        answerTimeStats(at, 7, settings.businessHours),
        answerTimeStats(at, 30, settings.businessHours),
      ]);
      const comments = {
        summary,
        answerTimes: { week, month },
        targetMinutes: settings.answerDeadlineHours * 60,
      };
      return buildPopupToday(at, all, log, ticks, comments);
    },
    'checklist.get': async ({ day }) => ({ ticks: await checklistTicks(day) }),
    'checklist.tick': async ({ day, id, done }) => ({ ticks: await tickChecklist(day, id, done) }),
    'settings.import': async ({ file }) => {
      const result = await importSettings(file, now());
      if (!result.ok) return { saved: false, problems: result.problems };
      events.commentsChanged();
      events.settingsChanged();
      if (scripting) await syncMastodonScripts(result.value.mastodonInstances, scripting);
      return { saved: true, settings: result.value };
    },
    'data.export': async ({ kind, format }) => dataExport(kind, format, await allRecords(kind), now()),
    'data.clear': async ({ kind }) => {
      const removed = await clearRecords(kind);
      if (kind === 'comments') events.commentsChanged();
      return { removed };
    },
    'mastodon.add': async ({ origin }) => {
      const settings = await readSettings();
      const instances = settings.mastodonInstances.includes(origin)
        ? settings.mastodonInstances
        : [...settings.mastodonInstances, origin];
      const saved = await saveSettings({ ...settings, mastodonInstances: instances }, now());
      if (!saved.ok) throw new Error(saved.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
      events.settingsChanged();
      if (!scripting) return { instances, registered: false };
      await syncMastodonScripts(instances, scripting);
      const registered = (await scripting.registeredIds()).includes(mastodonScriptId(origin));
      return { instances, registered };
    },
    'mastodon.remove': async ({ origin }) => {
      const settings = await readSettings();
      const instances = settings.mastodonInstances.filter((item) => item !== origin);
      const saved = await saveSettings({ ...settings, mastodonInstances: instances }, now());
      if (!saved.ok) throw new Error(saved.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
      events.settingsChanged();
      if (scripting) await removeMastodonInstance(origin, scripting);
      return { instances };
    },
  };
}
