import { type Category, categories, type Format, formats } from '../shared/content-types';
import { type Network, networks } from '../shared/networks';
import type { PostRecord } from '../shared/post';
import type { ReportDay, ReportNetworkPosts, ReportShare } from '../shared/report';
import type { BrandSettings } from '../shared/settings-defaults';
import { dayKey } from '../shared/time';
import type { PeriodBounds } from './report-period';

/** The posting half of a report: posts per day and network against the cadence, and the mix achieved. */
export interface PostingReport {
  days: ReportDay[];
  networks: ReportNetworkPosts[];
  dailyCap: number;
  mix: { total: number; formats: ReportShare<Format>[]; categories: ReportShare<Category>[] };
}

/**
 * Posting over `period` for the brands in `brands` (one brand, or all of them). `posts` are already
 * the brands' own. A network is shown when a brand has an account on it or posted on it in the period,
 * so the cadence line adds up only the caps of networks the brands use. With several brands, caps add
 * up (each brand may post its own quota) and targets are averaged (each brand's plan weighs the same).
 */
export function postingReport(
  posts: readonly PostRecord[],
  brands: readonly BrandSettings[],
  period: PeriodBounds,
  zone: string,
): PostingReport {
  const inPeriod = posts.filter((post) => post.publishedAt >= period.start && post.publishedAt < period.end);
  const perDay = new Map(period.days.map((day) => [day, {} as Partial<Record<Network, number>>]));
  for (const post of inPeriod) {
    const counts = perDay.get(dayKey(post.publishedAt, zone));
    if (counts) counts[post.network] = (counts[post.network] ?? 0) + 1;
  }
  const days = period.days.map((day) => ({ day, counts: perDay.get(day) ?? {} }));

  const used = networks.filter(
    (network) =>
      inPeriod.some((post) => post.network === network) ||
      brands.some((brand) => (brand.accounts[network] ?? []).length > 0),
  );
  const networkRows = used.map((network) => {
    const dailyCap = brands.reduce((sum, brand) => sum + brand.cadence[network].dailyCap, 0);
    return {
      network,
      posts: days.reduce((sum, day) => sum + (day.counts[network] ?? 0), 0),
      dailyCap,
      daysOverCap: days.filter((day) => (day.counts[network] ?? 0) > dailyCap).length,
    };
  });

  return {
    days,
    networks: networkRows,
    dailyCap: networkRows.reduce((sum, row) => sum + row.dailyCap, 0),
    mix: {
      total: inPeriod.length,
      formats: shares(
        formats,
        inPeriod.map((post) => post.format),
        (key) => average(brands.map((brand) => brand.mix.formats[key])),
      ),
      categories: shares(
        categories,
        inPeriod.map((post) => post.category),
        (key) => average(brands.map((brand) => brand.mix.categories[key])),
      ),
    },
  };
}

/** Each type's count and share of the posts that have one (a post with no category isn't counted). */
function shares<K extends string>(
  keys: readonly K[],
  values: readonly (K | undefined)[],
  target: (key: K) => number,
): ReportShare<K>[] {
  const known = values.filter((value): value is K => value !== undefined && keys.includes(value));
  return keys.map((key) => {
    const count = known.filter((value) => value === key).length;
    return { key, count, share: known.length ? (count / known.length) * 100 : 0, target: target(key) };
  });
}

const average = (values: number[]) =>
  values.length ? Math.round((values.reduce((sum, n) => sum + n, 0) / values.length) * 10) / 10 : 0;
