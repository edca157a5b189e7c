import type { Category, Format } from '../shared/content-types';
import type { Draft } from '../shared/draft';
import { hashtagKey } from '../shared/hashtag';
import type { RuleContext } from './context';
import { brandOf } from './context';
import type { FoundHashtag } from './extract-hashtags';
import type { FoundLink } from './extract-links';
import { categoryWords } from './keywords/categories';
import { normalizeForKeywords } from './keywords/compile';
import { isOwnLink } from './own-domain';

/** The panel's guess of what a draft is, for the content mix; the user may override it. */
export interface DraftClassification {
  format: Format;
  /** Undefined when nothing in the draft points to a category. */
  category: Category | undefined;
  /** 0–1 for each guess; 1 when the user chose. */
  confidence: { format: number; category: number };
  /** Other plausible categories, most likely first, for the picker. */
  alternatives: Category[];
  /** The words, hashtags or links behind the category guess. */
  evidence: string[];
  overridden: { format: boolean; category: boolean };
}

// Ties go to the category with more specific consequences (contest rules, promo policy…).
const priority: Category[] = [
  'contest',
  'promo',
  'holiday',
  'local-event',
  'faq',
  'testimonial',
  'news',
  'question',
  'theme',
  'curated',
];

const strongWeight = 3;
const weakWeight = 1;

const endsWithQuestion = /[?？]\s*(?:[#＃][\p{L}\p{M}\p{N}_]+\s*|\p{Extended_Pictographic}\s*)*$/u;
const faqLines = /^\s*(?:q|в|question|вопрос)\s*[:：]/imu;
const discountFigure =
  /(?:^|\s)-\s?\d{1,2}\s?%|\d{1,2}\s?%\s?(?:off|de réduction|de remise)|скидк\p{L}*\s+(?:до\s+)?\d{1,2}\s?%/iu;
const quotedPassage = /[«“"][^«»“”"]{20,}[»”"]\s*(?:[—–-]|\n)/u;

/** What the classifier reads besides the text: the draft's facts, scanned once by the caller. */
interface Found {
  readonly links: readonly FoundLink[];
  readonly hashtags: readonly FoundHashtag[];
}

function formatOf(draft: Draft, found: Found): { format: Format; confidence: number } {
  const kinds = draft.attachments;
  for (const format of ['poll', 'video', 'audio', 'image'] as const) {
    if (kinds.includes(format)) return { format, confidence: 0.95 };
  }
  if (found.links.length) return { format: 'link', confidence: 0.8 };
  // A composer whose media we failed to see would also look like text.
  return { format: 'text', confidence: 0.7 };
}

interface Tally {
  scores: Map<Category, number>;
  evidence: Map<Category, Set<string>>;
}

/** Enough evidence to show the user why; a pasted list of 5,000 links needs no more. */
const maxEvidence = 10;

function add(tally: Tally, category: Category, points: number, words: readonly string[]): void {
  tally.scores.set(category, (tally.scores.get(category) ?? 0) + points);
  const found = tally.evidence.get(category) ?? new Set<string>();
  for (const word of words) {
    if (found.size >= maxEvidence) break;
    found.add(word);
  }
  tally.evidence.set(category, found);
}

function scoreKeywords(text: string, tally: Tally): void {
  const hits = categoryWords.scan(text);
  for (const [label, words] of Object.entries(hits) as [string, string[]][]) {
    const [category, strength] = label.split(':') as [Category, string];
    const distinct = [...new Set(words.map((word) => word.toLowerCase()))];
    add(tally, category, distinct.length * (strength === 'strong' ? strongWeight : weakWeight), words);
  }
}

function scoreContext(draft: Draft, context: RuleContext, found: Found, tally: Tally): void {
  const tags = found.hashtags;
  if (tags.length) {
    const keys = new Set(tags.map((tag) => tag.key));
    const found = (candidates: readonly string[]) => candidates.filter((tag) => keys.has(hashtagKey(tag)));
    const { settings } = context;
    const weekdayTags = found(Object.values(settings.weekdayThemes).flatMap((day) => day.hashtags));
    if (weekdayTags.length) add(tally, 'theme', strongWeight * 2, weekdayTags);
    const dayTags = found([...context.calendarHashtags, ...settings.customDays.map((day) => day.hashtag)]);
    if (dayTags.length) add(tally, 'holiday', strongWeight * 2, dayTags);
    const eventTags = found(settings.localEvents.flatMap((event) => (event.hashtag ? [event.hashtag] : [])));
    if (eventTags.length) add(tally, 'local-event', strongWeight * 2, eventTags);
  }
  if (context.settings.localEvents.length) {
    const lower = normalizeForKeywords(draft.text);
    const named = context.settings.localEvents.filter((event) => lower.includes(event.name.toLowerCase()));
    if (named.length)
      add(
        tally,
        'local-event',
        strongWeight,
        named.map((event) => event.name),
      );
  }
  const external = found.links.filter((link) => !isOwnLink(link, brandOf(context).ownDomains));
  if (external.length)
    add(
      tally,
      'curated',
      2,
      external.map((link) => link.text),
    );
}

function scoreStructure(text: string, tally: Tally): void {
  if (endsWithQuestion.test(text)) add(tally, 'question', strongWeight, ['?']);
  else if (text.includes('?')) add(tally, 'question', weakWeight, ['?']);
  const faq = faqLines.exec(text);
  if (faq) add(tally, 'faq', strongWeight, [faq[0].trim()]);
  const discount = discountFigure.exec(text);
  if (discount) add(tally, 'promo', strongWeight, [discount[0].trim()]);
  if (quotedPassage.test(text)) add(tally, 'testimonial', 2, []);
}

function guessCategory(draft: Draft, context: RuleContext, found: Found) {
  const tally: Tally = { scores: new Map(), evidence: new Map() };
  scoreKeywords(draft.text, tally);
  scoreContext(draft, context, found, tally);
  scoreStructure(draft.text, tally);
  const ranked = [...tally.scores.entries()]
    .filter(([, score]) => score > 0)
    .sort((a, b) => b[1] - a[1] || priority.indexOf(a[0]) - priority.indexOf(b[0]));
  if (!ranked.length) return { category: undefined, confidence: 0, alternatives: [], evidence: [] };
  const [[category, top], second] = ranked;
  const margin = (top - (second?.[1] ?? 0)) / top;
  const strength = Math.min(1, top / 5);
  return {
    category,
    confidence: Math.round(strength * (0.5 + 0.5 * margin) * 100) / 100,
    alternatives: ranked.slice(1, 4).map(([other]) => other),
    evidence: [...(tally.evidence.get(category) ?? [])],
  };
}

/**
 * Format and category of `draft`, with the user's override (context.override) winning. Read it
 * from the draft's facts (`draftFacts(...).classification`), which scan the links and tags once.
 */
export function classify(draft: Draft, context: RuleContext, found: Found): DraftClassification {
  const format = formatOf(draft, found);
  const category = guessCategory(draft, context, found);
  const override = context.override ?? {};
  const result: DraftClassification = {
    format: override.format ?? format.format,
    category: override.category ?? category.category,
    confidence: {
      format: override.format ? 1 : format.confidence,
      category: override.category ? 1 : category.confidence,
    },
    alternatives: category.alternatives.filter((other) => other !== override.category),
    evidence: override.category ? [] : category.evidence,
    overridden: { format: Boolean(override.format), category: Boolean(override.category) },
  };
  return result;
}
