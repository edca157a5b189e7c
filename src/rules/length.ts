import type { Draft } from '../shared/draft';
import type { Finding } from '../shared/finding';
import type { Network } from '../shared/networks';
import { networkNames } from '../shared/networks';
import type { RuleContext } from './context';
import {
  codePointLength,
  graphemeLength,
  mastodonLength,
  threadsLength,
  twitterCeiling,
  twitterLength,
} from './count';
import type { DraftFacts } from './draft-facts';
import type { Rule } from './rule';

interface Limit {
  max: number;
  /** Counts the way the network does (links from the draft's facts, where links count apart). */
  count: (text: string, facts?: DraftFacts) => number;
  /**
   * A cheap figure never below the network's count: at or under the limit, no exact count is
   * needed (graphemes and code points never exceed UTF-16 units).
   */
  ceiling?: (text: string) => number;
}

const units = (text: string) => text.length;

/**
 * docs/ARCHITECTURE.md, "Platform facts". VK is left out: its limit is large and not documented well enough
 * to warn on. X premium (25,000) isn't in the settings, so X uses the standard 280.
 */
function limitFor(
  network: Network,
  mastodonCharLimit: number,
  exactTwitterLength?: number,
): Limit | undefined {
  switch (network) {
    case 'x':
      return {
        max: 280,
        count: (text, facts) => exactTwitterLength ?? twitterLength(text, facts?.links),
        ceiling: twitterCeiling,
      };
    case 'facebook':
      return { max: 63_206, count: codePointLength, ceiling: units };
    case 'instagram':
      return { max: 2_200, count: codePointLength, ceiling: units };
    case 'threads':
      return { max: 500, count: threadsLength };
    case 'linkedin':
      return { max: 3_000, count: codePointLength, ceiling: units };
    case 'mastodon':
      return { max: mastodonCharLimit, count: (text, facts) => mastodonLength(text, facts?.links) };
    case 'bluesky':
      return { max: 300, count: graphemeLength, ceiling: units };
    default:
      return undefined;
  }
}

/**
 * A text (a planned idea, a saved answer) measured against a network's limit, as the network
 * counts; null when it fits or the network has no limit we know.
 */
export function overLimit(
  text: string,
  network: Network,
  mastodonCharLimit: number,
): { count: number; max: number } | null {
  const limit = limitFor(network, mastodonCharLimit);
  if (!limit || (limit.ceiling && limit.ceiling(text) <= limit.max)) return null;
  const count = limit.count(text);
  return count > limit.max ? { count, max: limit.max } : null;
}

/** How much of a post shows before "see more" (docs/ARCHITECTURE.md; Instagram's caption fold is ~125). */
const folds: Partial<Record<Network, number>> = { linkedin: 210, instagram: 125 };

/** The text before the fold, cut back to a whole word, so the user sees what readers will see. */
function visiblePart(text: string, fold: number): string {
  const chars = Array.from(text.slice(0, fold * 2))
    .slice(0, fold)
    .join('');
  const cut = chars.replace(/\s+\S*$/u, '');
  return `${cut || chars}…`;
}

export const lengthRule: Rule = {
  id: 'length',
  check(draft: Draft, context: RuleContext, facts: DraftFacts): Finding[] {
    const findings: Finding[] = [];
    const name = networkNames[draft.network];
    const limit = limitFor(draft.network, context.settings.mastodonCharLimit, context.exactTwitterLength);
    if (limit && (!limit.ceiling || limit.ceiling(draft.text) > limit.max)) {
      const count = limit.count(draft.text, facts);
      if (count > limit.max) {
        findings.push({
          id: 'length.over',
          severity: 'error',
          message: 'ruleLengthOver',
          params: [count, limit.max, name, count - limit.max],
          evidence: [`${count}/${limit.max}`],
        });
      }
    }
    const fold = folds[draft.network];
    if (fold && draft.kind === 'post' && draft.text.length > fold && codePointLength(draft.text) > fold) {
      findings.push({
        id: 'length.fold',
        severity: 'info',
        message: 'ruleLengthFold',
        params: [fold, name],
        evidence: [visiblePart(draft.text.trimStart(), fold)],
      });
    }
    return findings;
  },
};
