import type { Draft } from '../shared/draft';
import type { Finding, Severity } from '../shared/finding';
import type { MessageKey } from '../shared/i18n';
import { networkNames } from '../shared/networks';
import type { RuleContext } from './context';
import type { DraftFacts } from './draft-facts';
import { contestWords, datePattern } from './keywords/contest';
import type { Rule } from './rule';

const rulesLink = /\/[^?#]*(?:rules|terms|conditions|reglement|règlement|pravila|usloviya|правила|условия)/iu;

function contestFinding(
  message: MessageKey,
  severity: Severity,
  params: string[],
  evidence: string[] = [],
): Finding {
  return { id: 'contest.rules', severity, message, params, evidence };
}

/**
 * The handbook: contests follow platform rules and the law. A contest post states its rules (or
 * links to them), who may enter and when it ends; Facebook forbids entry through personal
 * timelines and tagging friends; Instagram wants it said that it doesn't sponsor the promotion.
 */
export const contestRule: Rule = {
  id: 'contest',
  check(draft: Draft, _context: RuleContext, facts: DraftFacts): Finding[] {
    if (draft.kind !== 'post' || facts.classification.category !== 'contest') return [];
    const hits = contestWords.scan(draft.text);
    const name = networkNames[draft.network];
    const findings: Finding[] = [];
    const linkedRules = facts.links.some((link) => rulesLink.test(link.url));
    if (!hits.rules && !linkedRules) findings.push(contestFinding('ruleContestNoRules', 'warn', [name]));
    if (!hits.eligibility) findings.push(contestFinding('ruleContestNoEligibility', 'warn', [name]));
    if (!hits.end && !datePattern.test(draft.text))
      findings.push(contestFinding('ruleContestNoEndDate', 'warn', [name]));
    if (draft.network === 'facebook' && hits.facebookBan) {
      findings.push(contestFinding('ruleContestFacebookBan', 'error', [name], hits.facebookBan));
    }
    if (draft.network === 'instagram' && !hits.instagramRelease) {
      findings.push(contestFinding('ruleContestInstagramRelease', 'warn', [name]));
    }
    return findings;
  },
};
