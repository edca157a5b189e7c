import type { CalendarPlace } from '../calendar/calendar-days';
import { zoneOf } from '../calendar/day';
import { weekPlan } from '../calendar/week-plan';
import { daySlots } from '../calendar/week-slots';
import { overLimit } from '../rules/length';
import type { Lang } from '../shared/calendar';
import { categories } from '../shared/content-types';
import { mixBalance } from '../shared/mix';
import { type Network, networks } from '../shared/networks';
import type { PlanItem, PlanWeek } from '../shared/plan';
import type { PostRecord } from '../shared/post';
import type { BrandSettings } from '../shared/settings-defaults';
import { dayKey, epochOf } from '../shared/time';

/** The networks the brand has an account on; all of them until it has named one. */
function networksOf(settings: BrandSettings): Network[] {
  const named = networks.filter((network) => (settings.accounts[network] ?? []).length > 0);
  return named.length > 0 ? named : [...networks];
}

/** The brand's own posts (with one brand, every logged post is its own, as the rules read it). */
function brandPosts(log: readonly PostRecord[], settings: BrandSettings, now: number): PostRecord[] {
  return log
    .filter((post) => post.publishedAt <= now && (settings.brandCount <= 1 || post.brandId === settings.id))
    .sort((a, b) => a.publishedAt - b.publishedAt);
}

/**
 * The week you can fill: the 7 days from today in the brand's zone, each with its theme and unusual
 * days, the slots the cadence allows per network, the posts logged and the items pinned. A day with
 * neither a post nor a pinned item is a gap; the categories still under target count the pinned
 * items as posts to come.
 */
export function buildPlanWeek(
  now: number,
  settings: BrandSettings,
  log: readonly PostRecord[],
  items: readonly PlanItem[],
  place: CalendarPlace | undefined,
  lang: Lang,
): PlanWeek {
  const zone = zoneOf(settings);
  const posts = brandPosts(log, settings, now);
  const shown = networksOf(settings);
  const days = weekPlan(now, settings, posts, place, lang).map((day) => {
    const onDay = items.filter((item) => item.day === day.date);
    const postedOnDay = posts.filter((post) => dayKey(post.publishedAt, zone) === day.date);
    return {
      ...day,
      networks: shown.map((network) => {
        const times = daySlots(day.date, zone, settings.cadence[network]);
        return {
          network,
          slots: times.length,
          times,
          posted: postedOnDay.filter((post) => post.network === network).length,
          pinned: onDay.filter((item) => item.network === network).length,
        };
      }),
      items: onDay.map((item) => {
        const over = overLimit(item.text, item.network, settings.mastodonCharLimit);
        return over ? { ...item, over } : item;
      }),
      gap: day.postCount === 0 && onDay.length === 0,
    };
  });
  const last = days.at(-1)?.date ?? dayKey(now, zone);
  const [year, month, date] = last.split('-').map(Number);
  const weekEnd = epochOf(zone, year, month, date, 23, 59);
  const balance = mixBalance(
    [...posts, ...items.filter((item) => item.category).map(asPlannedPost(zone))],
    settings,
    weekEnd,
  );
  const underTarget = categories
    .map((category) => ({ category, gap: Math.round(balance.categories.gaps[category]) }))
    .filter((entry) => entry.gap > 0)
    .sort((a, b) => b.gap - a.gap);
  return { brandId: settings.id, zone, days, underTarget };
}

/** A pinned item counted as the post it will be, at noon of its day. */
function asPlannedPost(zone: string) {
  return (item: PlanItem): PostRecord => {
    const [year, month, date] = item.day.split('-').map(Number);
    return {
      id: `plan-${item.id}`,
      network: item.network,
      brandId: item.brandId,
      publishedAt: epochOf(zone, year, month, date, 12),
      format: 'text',
      ...(item.category ? { category: item.category } : {}),
      hashtags: [],
      links: [],
      excerpt: '',
      source: 'manual',
    };
  };
}
