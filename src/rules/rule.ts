import type { Draft } from '../shared/draft';
import type { Finding } from '../shared/finding';
import type { RuleContext } from './context';
import type { DraftFacts } from './draft-facts';

/**
 * One check of the handbook. `id` is the prefix of its finding ids and its file name. `facts` are
 * the draft's links, hashtags and classification, derived once for all rules (draft-facts.ts).
 */
export interface Rule {
  id: string;
  check(draft: Draft, context: RuleContext, facts: DraftFacts): Finding[];
}

/** Quotes words for a message parameter: `“idiot”, “!!!”`. */
export function quoteAll(words: readonly string[]): string {
  return words.map((word) => `“${word}”`).join(', ');
}

/** Distinct values, first spelling kept, compared case-insensitively. */
export function distinct(words: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const word of words) {
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(word);
  }
  return result;
}
