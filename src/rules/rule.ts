import type { Draft } from '../shared/draft';
import type { Finding } from '../shared/finding';
import type { RuleContext } from './context';

/** One check of the handbook. `id` is the prefix of its finding ids and its file name. */
export interface Rule {
  id: string;
  check(draft: Draft, context: RuleContext): Finding[];
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
