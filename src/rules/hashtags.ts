import type { Draft } from '../shared/draft';
import type { Finding, Severity } from '../shared/finding';
import type { Network } from '../shared/networks';
import { networkNames } from '../shared/networks';
import type { RuleContext } from './context';
import type { DraftFacts } from './draft-facts';
import { distinctHashtags } from './extract-hashtags';
import type { Rule } from './rule';

interface HashtagLimit {
  max: number;
  severity: Severity;
  /** A platform limit (extra tags are refused or ignored) rather than advice. */
  hard: boolean;
}

/**
 * docs/ARCHITECTURE.md and the issue: Instagram accepts at most 5 (since Dec 2025); Threads makes one topic
 * tag; on X 1–2 work best; on LinkedIn 3–5. Other networks have no count worth warning about.
 */
const limits: Partial<Record<Network, HashtagLimit>> = {
  instagram: { max: 5, severity: 'error', hard: true },
  threads: { max: 1, severity: 'warn', hard: true },
  x: { max: 2, severity: 'info', hard: false },
  linkedin: { max: 5, severity: 'warn', hard: false },
};

export const hashtagsRule: Rule = {
  id: 'hashtags',
  check(draft: Draft, _context: RuleContext, facts: DraftFacts): Finding[] {
    const limit = limits[draft.network];
    if (!limit || (!draft.text.includes('#') && !draft.text.includes('＃'))) return [];
    const tags = distinctHashtags(facts.hashtags);
    if (tags.length <= limit.max) return [];
    return [
      {
        id: 'hashtags.too-many',
        severity: limit.severity,
        message: limit.hard ? 'ruleHashtagsLimit' : 'ruleHashtagsTooMany',
        params: [tags.length, limit.max, networkNames[draft.network]],
        evidence: tags.map((tag) => tag.tag),
      },
    ];
  },
};
