import type { Draft } from '../shared/draft';
import type { Finding, Severity } from '../shared/finding';
import type { MessageKey } from '../shared/i18n';
import type { ToneKind } from './keywords/tone';
import type { Rule } from './rule';
import { distinct, quoteAll } from './rule';
import { findTonePhrases } from './tone-match';

/** Shouting: at least this many cased letters, most of them capitals. */
const shoutingMinLetters = 12;
const shoutingShare = 0.7;
const shoutedWord = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu;
const repeatedMarks = /[!?！？¡¿]{2,}/g;

/** a–z, а–я, ё: letters that are certainly small and cased. */
const isPlainSmallLetter = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x44f) || code === 0x451;

/**
 * Whether most cased letters are capitals. Counts by comparing the text with its lower- and
 * upper-case forms unit by unit (a string per character took most of the rule's time on a long
 * reply), and upper-cases only when the capitals could reach the share: plain small letters
 * (a–z, а–я) already bound the count of cased ones from below.
 */
function mostlyCapitals(text: string, lowerText: string): boolean {
  if (lowerText.length !== text.length) return mostlyCapitalsByCharacter(text);
  let upper = 0;
  let plainSmall = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== lowerText.charCodeAt(index)) upper++;
    else if (isPlainSmallLetter(code)) plainSmall++;
  }
  if (upper < shoutingMinLetters * shoutingShare) return false;
  if (upper / (upper + plainSmall) < shoutingShare) return false;
  const upperText = text.toUpperCase();
  if (upperText.length !== text.length) return mostlyCapitalsByCharacter(text);
  let cased = 0;
  for (let index = 0; index < text.length; index++) {
    if (lowerText.charCodeAt(index) !== upperText.charCodeAt(index)) cased++;
  }
  return cased >= shoutingMinLetters && upper / cased >= shoutingShare;
}

/** When casing changes a length (`ß` → `SS`), units no longer line up: character by character. */
function mostlyCapitalsByCharacter(text: string): boolean {
  let upper = 0;
  let cased = 0;
  for (const char of text) {
    const capital = char.toUpperCase();
    if (char.toLowerCase() === capital) continue;
    cased++;
    if (char === capital) upper++;
  }
  return cased >= shoutingMinLetters && upper / cased >= shoutingShare;
}

function shouting(text: string, lowerText: string): string[] {
  if (!mostlyCapitals(text, lowerText)) return [];
  return distinct(text.match(shoutedWord) ?? []).slice(0, 5);
}

interface Advice {
  /** What was found: the i18n key of the finding's message, given the phrases as `$1`. */
  message: MessageKey;
  /** The calmer pattern the handbook suggests instead. */
  hint: { message: MessageKey };
  severity: Severity;
}

const shoutingAdvice: Advice = {
  message: 'ruleToneShouting',
  hint: { message: 'ruleToneHintShouting' },
  severity: 'warn',
};
const punctuationAdvice: Advice = {
  message: 'ruleTonePunctuation',
  hint: { message: 'ruleToneHintPunctuation' },
  severity: 'warn',
};

/** In the order findings are listed. */
const phraseAdvice: Record<ToneKind, Advice> = {
  insult: { message: 'ruleToneInsult', hint: { message: 'ruleToneHintInsult' }, severity: 'error' },
  contradiction: {
    message: 'ruleToneContradiction',
    hint: { message: 'ruleToneHintContradiction' },
    severity: 'warn',
  },
  blame: { message: 'ruleToneBlame', hint: { message: 'ruleToneHintBlame' }, severity: 'warn' },
  dismissal: { message: 'ruleToneDismissal', hint: { message: 'ruleToneHintDismissal' }, severity: 'warn' },
  read: { message: 'ruleToneRead', hint: { message: 'ruleToneHintRead' }, severity: 'warn' },
  sarcasm: { message: 'ruleToneSarcasm', hint: { message: 'ruleToneHintSarcasm' }, severity: 'warn' },
  youPeople: { message: 'ruleToneYouPeople', hint: { message: 'ruleToneHintYouPeople' }, severity: 'warn' },
};

function finding(advice: Advice, words: string[]): Finding {
  const evidence = distinct(words).slice(0, 8);
  return {
    id: 'tone.reply',
    severity: advice.severity,
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
    const lowerCase = draft.text.toLowerCase();
    const phrases = findTonePhrases(draft.text, { lowerCase });
    for (const kind of Object.keys(phraseAdvice) as ToneKind[]) {
      const found = phrases[kind];
      if (found) findings.push(finding(phraseAdvice[kind], found));
    }
    const shouted = shouting(draft.text, lowerCase);
    if (shouted.length) findings.push(finding(shoutingAdvice, shouted));
    const marks = draft.text.match(repeatedMarks);
    if (marks) findings.push(finding(punctuationAdvice, marks));
    return findings;
  },
};
