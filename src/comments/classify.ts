import type { CommentCategory } from '../shared/comment';
import { en } from './keywords/en';
import { fr } from './keywords/fr';
import { ru } from './keywords/ru';
import type { KeywordList } from './keywords/types';

/**
 * Guesses what kind of comment this is, so the communication policy can route it (who answers,
 * how fast, with which template). A guess from keywords in English, French and Russian; the user can
 * still act on any comment whatever its category.
 *
 * The first category that matches wins, in this order, because routing matters more than tone:
 * spam-like (never worth a reply from support), complaint (a complaint phrased as a question still
 * goes to whoever handles complaints), request, question, praise, then other.
 */
const precedence = ['spam-like', 'complaint', 'request', 'question', 'praise'] as const;
type Detected = (typeof precedence)[number];

const languages: readonly KeywordList[] = [en, fr, ru];

/** Folds case, accents, ligatures and curly apostrophes, so "Déçue" finds "decu*" and "ЁЛКА" finds "елка". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’‘ʼ`]/g, "'");
}

// JS `\b` only knows ASCII letters, so Cyrillic needs explicit Unicode-aware boundaries.
const before = '(?<![\\p{L}\\p{N}])';
const after = '(?![\\p{L}\\p{N}])';

function termPattern(term: string): string {
  const prefix = term.endsWith('*');
  const body = foldText(prefix ? term.slice(0, -1) : term)
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/ /g, '\\s+')
    .replace(/-/g, '[-\\s]?');
  return prefix ? `${body}[\\p{L}\\p{N}]*` : body;
}

function alternation(category: Detected): string {
  return languages.flatMap((language) => language[category].map(termPattern)).join('|');
}

interface Patterns {
  anywhere: Record<Detected, RegExp>;
  /** Interrogatives count only at the start of a clause: "love it when…" or "comment" (EN) is no question. */
  interrogativeStart: RegExp;
}

let compiled: Patterns | undefined;

/**
 * Built on the first comment, not when the module loads: the service worker loads this module at
 * every start, mostly to answer a draft, and building these took ~20 ms of that cold start.
 */
function patterns(): Patterns {
  compiled ??= {
    anywhere: Object.fromEntries(
      precedence.map((category) => [
        category,
        new RegExp(`${before}(?:${alternation(category)})${after}`, 'u'),
      ]),
    ) as Record<Detected, RegExp>,
    interrogativeStart: new RegExp(
      `^(?:(?:and|but|so|et|mais|alors|а|и|но)\\s+)?(?:${alternation('question')})${after}`,
      'u',
    ),
  };
  return compiled;
}
const notQuestions = /^(?:как всегда|как обычно|what an?\s)/u;

const emoji: Partial<Record<Detected, RegExp>> = {
  complaint: /[😡🤬😠👎💩😤]/u,
  praise: /[❤😍🥰👍👏🔥💯🙌😊🤩💖💕⭐]/u,
};

/** Links that lead off the network to a messenger, or several links at once: the marks of spam. */
const spamLinks = /(?:t\.me|wa\.me|telegram\.me|chat\.whatsapp\.com)\//u;
const link = /https?:\/\/|www\./gu;

function isQuestion(folded: string): boolean {
  if (/[?？]/u.test(folded)) return true;
  for (const sentence of folded.split(/(?<=[.!…\n])/u)) {
    if (sentence.trim().endsWith('!')) continue;
    for (const clause of sentence.split(/[,;:]/u)) {
      // Mentions and emoji before the first word don't change what the clause asks.
      const start = clause.replace(/^(?:\s|@\S+|[^\p{L}\p{N}])+/u, '');
      if (patterns().interrogativeStart.test(start) && !notQuestions.test(start)) return true;
    }
  }
  return false;
}

function matches(category: Detected, text: string, folded: string): boolean {
  switch (category) {
    case 'spam-like':
      return (
        patterns().anywhere['spam-like'].test(folded) ||
        spamLinks.test(folded) ||
        (folded.match(link)?.length ?? 0) >= 2
      );
    case 'question':
      return isQuestion(folded);
    default:
      return patterns().anywhere[category].test(folded) || (emoji[category]?.test(text) ?? false);
  }
}

export function classifyComment(text: string): CommentCategory {
  const folded = foldText(text);
  return precedence.find((category) => matches(category, text, folded)) ?? 'other';
}
