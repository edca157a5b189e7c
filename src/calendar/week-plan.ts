import type { Lang, PlanDay } from '../shared/calendar';
import { mixBalance } from '../shared/mix';
import type { PostRecord } from '../shared/post';
import type { BrandSettings } from '../shared/settings-defaults';
import { addDays, dayKey, epochOf } from '../shared/time';
import type { CalendarPlace } from './calendar-days';
import { calendarDaysOn } from './calendar-days';
import { todayKey, zoneOf } from './day';
import { eventsBetween } from './local-events';
import { themeFor } from './themes';

export const PLAN_DAYS = 7;

/**
 * The plan for the 7 days starting today (in the brand's zone) so the week has no gap. What the mix
 * needs on later days assumes each earlier day without a post gets one post of what it needed:
 * the plan then rotates through the under-target types instead of repeating one all week.
 * `place` and `lang` are as for `suggestionsFor`: the brand's country brings its holidays.
 */
export function weekPlan(
  now: number,
  settings: BrandSettings,
  log: readonly PostRecord[],
  place?: CalendarPlace,
  lang: Lang = settings.language ?? 'en',
): PlanDay[] {
  const zone = zoneOf(settings);
  const today = todayKey(now, settings);
  const postsPerDay = new Map<string, number>();
  for (const post of log) {
    const key = dayKey(post.publishedAt, zone);
    postsPerDay.set(key, (postsPerDay.get(key) ?? 0) + 1);
  }

  const planned: PostRecord[] = [];
  const plan: PlanDay[] = [];
  for (let offset = 0; offset < PLAN_DAYS; offset++) {
    const date = addDays(today, offset);
    const [year, month, day] = date.split('-').map(Number);
    // Later days are judged at their noon, clear of midnight and of any DST switch.
    const moment = offset === 0 ? now : epochOf(zone, year, month, day, 12);
    const balance = mixBalance([...log, ...planned], settings, moment);
    const postCount = postsPerDay.get(date) ?? 0;
    const theme = themeFor(date, settings);
    const days = calendarDaysOn(date, settings, lang, place);
    const entry: PlanDay = {
      date,
      weekday: theme.weekday,
      isToday: offset === 0,
      theme,
      days,
      ...(days[0] ? { notableDay: days[0] } : {}),
      events: eventsBetween(settings, date, date),
      neededCategory: balance.categories.mostNeeded,
      neededFormat: balance.formats.mostNeeded,
      postCount,
      posted: postCount > 0,
    };
    plan.push(entry);
    if (postCount === 0) planned.push(plannedPost(entry, moment, settings));
  }
  return plan;
}

function plannedPost(day: PlanDay, publishedAt: number, settings: BrandSettings): PostRecord {
  return {
    id: `planned-${day.date}`,
    network: 'x',
    brandId: settings.id,
    publishedAt,
    format: day.neededFormat,
    category: day.neededCategory,
    hashtags: [],
    links: [],
    excerpt: '',
    source: 'manual',
  };
}
