import type { Category, Format } from '../shared/content-types';
import type { Draft } from '../shared/draft';
import type { Finding, FindingParam } from '../shared/finding';
import type { MessageKey } from '../shared/i18n';
import type { MixDimension } from '../shared/mix';
import { mixBalance } from '../shared/mix';
import type { PostRecord } from '../shared/post';
import type { RuleContext } from './context';
import type { DraftFacts } from './draft-facts';
import type { Rule } from './rule';

/**
 * Shares mean little over a handful of posts: with an empty log any first post is "100% video".
 * Shares are judged once the window, this draft included, holds this many posts.
 */
export const minPostsForShares = 5;

/** Content types as message parameters: the panel names them by their label, never by their id. */
const formatParam = (format: Format): FindingParam => ({ kind: 'format', format });
const categoryParam = (category: Category): FindingParam => ({ kind: 'category', category });

function overweight<K extends string>(
  dimension: MixDimension<K>,
  total: number,
  type: K,
  targets: Record<K, number>,
  tolerance: number,
  message: MessageKey,
  param: (type: K) => FindingParam,
): Finding | undefined {
  if (total + 1 < minPostsForShares) return undefined;
  const share = ((dimension.counts[type] + 1) / (total + 1)) * 100;
  if (share <= targets[type] + tolerance) return undefined;
  return {
    id: 'mix.overweight',
    severity: 'warn',
    message,
    params: [param(type), Math.round(share), targets[type], param(dimension.mostNeeded)],
    evidence: [`${dimension.counts[type] + 1}/${total + 1}`],
  };
}

/** The category of the last two posts when they share it, else undefined. */
function streakCategory(
  posts: readonly PostRecord[],
): { category: Category; excerpts: string[] } | undefined {
  const last = posts[posts.length - 1];
  const previous = posts[posts.length - 2];
  if (!last?.category || last.category !== previous?.category) return undefined;
  return { category: last.category, excerpts: [previous.excerpt, last.excerpt] };
}

/**
 * The handbook: vary content, and split the calendar by content type. Compares this draft, as
 * classified (or as the user set it), with the planned shares over settings.mix.windowDays.
 */
export const mixRule: Rule = {
  id: 'mix',
  check(draft: Draft, context: RuleContext, facts: DraftFacts): Finding[] {
    if (draft.kind !== 'post') return [];
    const { settings, now } = context;
    const guess = facts.classification;
    const balance = mixBalance(facts.brandPosts, settings, now);
    const findings: Finding[] = [];
    const format = overweight<Format>(
      balance.formats,
      balance.total,
      guess.format,
      settings.mix.formats,
      settings.mix.tolerance,
      'ruleMixOverweightFormat',
      formatParam,
    );
    if (format) findings.push(format);
    if (!guess.category) return findings;
    const category = overweight<Category>(
      balance.categories,
      balance.total,
      guess.category,
      settings.mix.categories,
      settings.mix.tolerance,
      'ruleMixOverweightCategory',
      categoryParam,
    );
    if (category) findings.push(category);
    const streak = streakCategory(facts.brandPosts);
    if (streak?.category === guess.category) {
      findings.push({
        id: 'mix.streak',
        severity: 'warn',
        message: 'ruleMixStreak',
        params: [categoryParam(guess.category), categoryParam(balance.categories.mostNeeded)],
        evidence: streak.excerpts,
      });
    }
    return findings;
  },
};
