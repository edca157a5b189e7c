import type { Draft } from '../shared/draft';
import type { Finding, Severity } from '../shared/finding';
import { toneWords } from './keywords/tone';
import type { Rule } from './rule';
import { distinct, quoteAll } from './rule';

/** Shouting: at least this many cased letters, most of them capitals. */
const shoutingMinLetters = 12;
const shoutingShare = 0.7;
const shoutedWord = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const repeatedMarks = /[!?！？¡¿]{2,}/g;

function shouting(text: string): string[] {
  let upper = 0;
  let cased = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    const capital = char.toUpperCase();
    if (lower === capital) continue;
    cased++;
    if (char === capital) upper++;
  }
  if (cased < shoutingMinLetters || upper / cased < shoutingShare) return [];
  return distinct(text.match(shoutedWord) ?? []).slice(0, 5);
}

function finding(message: string, severity: Severity, words: string[]): Finding {
  const evidence = distinct(words).slice(0, 8);
  return { id: 'tone.reply', severity, message, params: [quoteAll(evidence)], evidence };
}

/**
 * The handbook: don't argue; answer in a calm, official tone, even to angry commenters. Checks
 * replies only, and quotes what it found so the user sees what to soften.
 */
export const toneRule: Rule = {
  id: 'tone',
  check(draft: Draft): Finding[] {
    if (draft.kind !== 'reply' || !draft.text.trim()) return [];
    const findings: Finding[] = [];
    const shouted = shouting(draft.text);
    if (shouted.length) findings.push(finding('ruleToneShouting', 'warn', shouted));
    const marks = draft.text.match(repeatedMarks);
    if (marks) findings.push(finding('ruleTonePunctuation', 'warn', marks));
    const hits = toneWords.scan(draft.text);
    if (hits.insult) findings.push(finding('ruleToneInsult', 'error', hits.insult));
    if (hits.blame) findings.push(finding('ruleToneBlame', 'warn', hits.blame));
    if (hits.sarcasm) findings.push(finding('ruleToneSarcasm', 'warn', hits.sarcasm));
    return findings;
  },
};
