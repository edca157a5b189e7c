/**
 * The popup's figures as chart data, from the brand's post log: posts per day over the last week,
 * per network, and the content mix over the settings' window against its targets.
 */
import type { Category, Format } from '../../shared/content-types';
import { mixBalance } from '../../shared/mix';
import { type Network, networkNames, networks } from '../../shared/networks';
import type { PostRecord } from '../../shared/post';
import type { BrandSettings } from '../../shared/settings-defaults';
import { addDays, dayKey } from '../../shared/time';
import type { MixItem, PostsDay, Series } from '../components/charts';
import { formatDayKey } from '../components/format';
import { contentCategoryLabel, formatLabel } from '../components/labels';

/** Every network, always in the same order, so each keeps its colour. */
export const networkSeries: Series[] = networks.map((network) => ({
  id: network,
  label: networkNames[network],
}));

/** The `days` days up to today in `zone`, oldest first, each with its posts counted per network. */
export function postsPerDay(posts: readonly PostRecord[], today: string, zone: string, days = 7): PostsDay[] {
  const keys = Array.from({ length: days }, (_, index) => addDays(today, index - days + 1));
  const counts = new Map(keys.map((key) => [key, {} as Partial<Record<Network, number>>]));
  for (const post of posts) {
    const day = counts.get(dayKey(post.publishedAt, zone));
    if (day) day[post.network] = (day[post.network] ?? 0) + 1;
  }
  return keys.map((key) => ({
    label: formatDayKey(key, { weekday: 'short', day: 'numeric', month: undefined }),
    tick: formatDayKey(key, { weekday: 'short', day: undefined, month: undefined }),
    counts: counts.get(key) as Record<string, number>,
  }));
}

export interface MixFigures {
  total: number;
  formats: MixItem[];
  categories: MixItem[];
}

/**
 * Shares achieved in the mix window against the targets; a type with neither posts nor a target
 * is left out, so the chart shows what was planned or done.
 */
export function mixFigures(posts: readonly PostRecord[], settings: BrandSettings, now: number): MixFigures {
  const balance = mixBalance(posts, settings, now);
  const items = <K extends string>(
    shares: Record<K, number>,
    targets: Record<K, number>,
    label: (key: K) => string,
  ): MixItem[] =>
    (Object.keys(targets) as K[])
      .filter((key) => shares[key] > 0 || targets[key] > 0)
      .map((key) => ({ label: label(key), value: Math.round(shares[key]), target: targets[key] }));
  return {
    total: balance.total,
    formats: items<Format>(balance.formats.shares, settings.mix.formats, formatLabel),
    categories: items<Category>(balance.categories.shares, settings.mix.categories, contentCategoryLabel),
  };
}
