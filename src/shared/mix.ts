import type { Category, Format } from './content-types';
import { categories, formats } from './content-types';
import type { PostRecord } from './post';
import type { BrandSettings } from './settings-defaults';

export interface MixDimension<K extends string> {
  /** Posts of each type in the window. */
  counts: Record<K, number>;
  /** Percentage of the window's posts, 0–100 (all zero when the window is empty). */
  shares: Record<K, number>;
  /** Target minus share, in points: positive means under target. */
  gaps: Record<K, number>;
  /** The type furthest under its target (ties: the larger target, then list order). */
  mostNeeded: K;
}

export interface MixBalance {
  total: number;
  formats: MixDimension<Format>;
  categories: MixDimension<Category>;
}

function dimension<K extends string>(
  keys: readonly K[],
  targets: Record<K, number>,
  values: (K | undefined)[],
): MixDimension<K> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  let counted = 0;
  for (const value of values) {
    if (value === undefined || !(value in counts)) continue;
    counts[value] += 1;
    counted += 1;
  }
  const shares = {} as Record<K, number>;
  const gaps = {} as Record<K, number>;
  let mostNeeded = keys[0];
  for (const key of keys) {
    shares[key] = counted ? (counts[key] / counted) * 100 : 0;
    gaps[key] = targets[key] - shares[key];
    if (
      gaps[key] > gaps[mostNeeded] ||
      (gaps[key] === gaps[mostNeeded] && targets[key] > targets[mostNeeded])
    ) {
      mostNeeded = key;
    }
  }
  return { counts, shares, gaps, mostNeeded };
}

/** How the posts of the last `settings.mix.windowDays` compare with the planned content mix. */
export function mixBalance(log: readonly PostRecord[], settings: BrandSettings, now: number): MixBalance {
  const since = now - settings.mix.windowDays * 86_400_000;
  const recent = log.filter((post) => post.publishedAt >= since && post.publishedAt <= now);
  return {
    total: recent.length,
    formats: dimension(
      formats,
      settings.mix.formats,
      recent.map((post) => post.format),
    ),
    categories: dimension(
      categories,
      settings.mix.categories,
      recent.map((post) => post.category),
    ),
  };
}
