import type { Draft } from '../shared/draft';
import type { Finding, Severity } from '../shared/finding';
import { contestRule } from './contest';
import type { RuleContext } from './context';
import { type DraftFacts, draftFacts } from './draft-facts';
import { frequencyRule } from './frequency';
import { hashtagsRule } from './hashtags';
import { lengthRule } from './length';
import { linksRule } from './links';
import { mixRule } from './mix';
import type { Rule } from './rule';
import { themeRule } from './theme';
import { toneRule } from './tone';

export type { RuleContext } from './context';
export { ruleContext } from './context';
export { twitterLength } from './count';
export type { DraftFacts } from './draft-facts';
export { draftFacts } from './draft-facts';
export type { Rule } from './rule';

/** Every rule, in the order their findings are listed. */
export const rules: readonly Rule[] = [
  linksRule,
  lengthRule,
  hashtagsRule,
  themeRule,
  mixRule,
  frequencyRule,
  toneRule,
  contestRule,
];

/** A rule that threw: reported as data so the panel can log it while the other findings show. */
export interface RuleFailure {
  rule: string;
  error: string;
}

export interface RulesResult {
  findings: Finding[];
  failures: RuleFailure[];
  /** The facts the rules judged on, for the panel's content type and the publishing log. */
  facts: DraftFacts;
}

const severityOrder: Record<Severity, number> = { error: 0, warn: 1, info: 2 };

/** Runs every rule on the draft; findings most severe first, in rule order within a severity. */
export function runRules(draft: Draft, context: RuleContext, only: readonly Rule[] = rules): RulesResult {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  const facts = draftFacts(draft, context);
  for (const rule of only) {
    try {
      findings.push(...rule.check(draft, context, facts));
    } catch (error) {
      failures.push({ rule: rule.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  return { findings, failures, facts };
}
