import { todayKey } from '../../calendar/day';
import { settingsFor } from '../../shared/settings-defaults';
import { addDays, DAY } from '../../shared/time';
import { recentDrafts } from '../../store/drafts-repo';
import { pinPlanItem, planItemsBetween, removePlanItem, updatePlanItem } from '../../store/plan-repo';
import { postsSince } from '../../store/posts-repo';
import { readSettings } from '../../store/settings-repo';
import { prepareHolidays } from '../holiday-years';
import { languageOf, placeOf } from '../language';
import { buildPlanWeek } from '../plan-week';
import type { DomainHandlers, HandlerContext } from './context';

/** Saved drafts offered for pinning: enough to find this week's, few enough to list. */
const DRAFTS_OFFERED = 30;

/**
 * The week you can fill (popup and options): the week itself, and pinning, moving, ticking and
 * removing its ideas. Only the extension's own pages ask; a page gets today's ideas with its advice.
 */
export function planHandlers({
  now,
}: HandlerContext): DomainHandlers<'plan.week' | 'plan.pin' | 'plan.update' | 'plan.remove' | 'plan.drafts'> {
  return {
    'plan.week': async ({ now: at, brandId }) => {
      const settings = settingsFor(await readSettings(), brandId);
      const place = placeOf(settings);
      const today = todayKey(at, settings);
      await prepareHolidays(place, today, { wait: true });
      const since = at - (Math.max(settings.mix.windowDays, 14) + 2) * DAY;
      const [log, items] = await Promise.all([
        postsSince(since),
        planItemsBetween(settings.id, today, addDays(today, 6)),
      ]);
      return buildPlanWeek(at, settings, log, items, place, languageOf(settings));
    },
    'plan.pin': async (pin) => {
      const item = { ...pin, id: crypto.randomUUID(), done: false, createdAt: now() };
      await pinPlanItem(item);
      return item;
    },
    'plan.update': async ({ id, ...change }) => ({ item: (await updatePlanItem(id, change)) ?? null }),
    'plan.remove': async ({ id }) => {
      await removePlanItem(id);
      return { removed: true };
    },
    'plan.drafts': async () =>
      (await recentDrafts(DRAFTS_OFFERED)).map(({ network, text, savedAt }) => ({ network, text, savedAt })),
  };
}
