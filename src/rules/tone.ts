import type { Draft } from '../shared/draft';
import type { Finding, Severity } from '../shared/finding';
import { type ArguingKind, toneWords } from './keywords/tone';
import type { Rule } from './rule';
import { distinct, quoteAll } from './rule';
import { findArguing } from './tone-match';

/** Shouting: at least this many cased letters, most of them capitals. */
const shoutingMinLetters = 12;
const shoutingShare = 0.7;
const shoutedWord = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const repeatedMarks = /[!?！？¡¿]{2,}/g;

/**
 * Capitals and cased letters. Compares the text with its lower- and upper-case forms unit by unit:
 * a string per character took most of the rule's time on a long reply. When casing changes a
 * length (`ß` → `SS`), units no longer line up, so it counts character by character.
 */
function countCapitals(text: string): { upper: number; cased: number } {
  let upper = 0;
  let cased = 0;
  const lowerText = text.toLowerCase();
  const upperText = text.toUpperCase();
  if (lowerText.length === text.length && upperText.length === text.length) {
    for (let index = 0; index < text.length; index++) {
      const capital = upperText.charCodeAt(index);
      if (lowerText.charCodeAt(index) === capital) continue;
      cased++;
      if (text.charCodeAt(index) === capital) upper++;
    }
    return { upper, cased };
  }
  for (const char of text) {
    const capital = char.toUpperCase();
    if (char.toLowerCase() === capital) continue;
    cased++;
    if (char === capital) upper++;
  }
  return { upper, cased };
}

function shouting(text: string): string[] {
  const { upper, cased } = countCapitals(text);
  if (cased < shoutingMinLetters || upper / cased < shoutingShare) return [];
  return distinct(text.match(shoutedWord) ?? []).slice(0, 5);
}

interface Advice {
  /** What was found: the i18n key of the finding's message, given the phrases as `$1`. */
  message: string;
  /** The calmer pattern the handbook suggests instead. */
  hint: { message: string };
}

const shoutingAdvice: Advice = { message: 'ruleToneShouting', hint: { message: 'ruleToneHintShouting' } };
const punctuationAdvice: Advice = {
  message: 'ruleTonePunctuation',
  hint: { message: 'ruleToneHintPunctuation' },
};
const insultAdvice: Advice = { message: 'ruleToneInsult', hint: { message: 'ruleToneHintInsult' } };

const arguingAdvice: Record<ArguingKind, Advice> = {
  contradiction: { message: 'ruleToneContradiction', hint: { message: 'ruleToneHintContradiction' } },
  blame: { message: 'ruleToneBlame', hint: { message: 'ruleToneHintBlame' } },
  dismissal: { message: 'ruleToneDismissal', hint: { message: 'ruleToneHintDismissal' } },
  read: { message: 'ruleToneRead', hint: { message: 'ruleToneHintRead' } },
  sarcasm: { message: 'ruleToneSarcasm', hint: { message: 'ruleToneHintSarcasm' } },
  youPeople: { message: 'ruleToneYouPeople', hint: { message: 'ruleToneHintYouPeople' } },
};

function finding(advice: Advice, severity: Severity, words: string[]): Finding {
  const evidence = distinct(words).slice(0, 8);
  return {
    id: 'tone.reply',
    severity,
    message: advice.message,
    params: [quoteAll(evidence)],
    evidence,
    hint: { ...advice.hint },
  };
}

/**
 * The handbook: don't argue; answer in a calm, official tone, even to angry commenters. Checks
 * replies only, in English, French and Russian whatever the UI language; each finding quotes what
 * it found, so the user sees what to soften, and offers a calmer way to say it.
 */
export const toneRule: Rule = {
  id: 'tone',
  check(draft: Draft): Finding[] {
    if (draft.kind !== 'reply' || !draft.text.trim()) return [];
    const findings: Finding[] = [];
    const words = toneWords.scan(draft.text);
    if (words.insult) findings.push(finding(insultAdvice, 'error', words.insult));
    const arguing = findArguing(draft.text);
    if (words.sarcasm) arguing.sarcasm = [...(arguing.sarcasm ?? []), ...words.sarcasm];
    for (const kind of Object.keys(arguingAdvice) as ArguingKind[]) {
      const phrases = arguing[kind];
      if (phrases) findings.push(finding(arguingAdvice[kind], 'warn', phrases));
    }
    const shouted = shouting(draft.text);
    if (shouted.length) findings.push(finding(shoutingAdvice, 'warn', shouted));
    const marks = draft.text.match(repeatedMarks);
    if (marks) findings.push(finding(punctuationAdvice, 'warn', marks));
    return findings;
  },
};
