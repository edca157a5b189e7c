import { todayKey } from '../../calendar/day';
import { settingsFor } from '../../shared/settings-defaults';
import { addDays, DAY } from '../../shared/time';
import { checklistTicks, tickChecklist } from '../../store/checklist-repo';
import { answerTimeStats, awaitingSummary } from '../../store/comments-repo';
import { planItemsBetween } from '../../store/plan-repo';
import { postsSince } from '../../store/posts-repo';
import { readSettings } from '../../store/settings-repo';
import { prepareHolidays } from '../holiday-years';
import { placeOf } from '../language';
import { buildPopupToday } from '../popup-today';
import type { DomainHandlers } from './context';

/** The popup: today's checklist and week in one answer, and the ticks of the brand's own tasks. */
export function popupHandlers(): DomainHandlers<'popup.today' | 'checklist.get' | 'checklist.tick'> {
  return {
    'popup.today': async ({ now: at, allBrands }) => {
      const all = await readSettings();
      const settings = settingsFor(all);
      await prepareHolidays(placeOf(settings), todayKey(at, settings), { wait: true });
      // The week plan and the mix look back over the mix window; two extra days cover zone edges.
      const since = at - (Math.max(settings.mix.windowDays, 14) + 2) * DAY;
      const today = todayKey(at, settings);
      const [log, ticks, summary, week, month, pinned] = await Promise.all([
        postsSince(since),
        checklistTicks(todayKey(at, settings)),
        awaitingSummary(at, allBrands ? undefined : settings.id),
        answerTimeStats(at, 7, settings.businessHours),
        answerTimeStats(at, 30, settings.businessHours),
        planItemsBetween(settings.id, today, addDays(today, 6)),
      ]);
      const comments = {
        summary,
        answerTimes: { week, month },
        targetMinutes: settings.answerDeadlineHours * 60,
      };
      return { ...buildPopupToday(at, all, log, ticks, comments), pinned };
    },
    'checklist.get': async ({ day }) => ({ ticks: await checklistTicks(day) }),
    'checklist.tick': async ({ day, id, done }) => ({ ticks: await tickChecklist(day, id, done) }),
  };
}
