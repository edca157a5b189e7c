/**
 * Finds the patterns of keywords/tone.ts in a reply: normalises the text the way the
 * patterns are written, skips the customer's words in quotation marks, and returns each phrase as
 * it stands in the reply.
 */
import { eyeRollingFaces, type ToneKind, tonePatterns } from './keywords/tone';
import { patternAnchors } from './tone-anchors';

/** What each character becomes: one spelling per letter, apostrophe, dash and space. */
const folded: Record<string, string> = {};
for (const [plain, variants] of Object.entries({
  a: 'àáâãäå',
  c: 'ç',
  e: 'èéêë',
  i: 'ìíîï',
  n: 'ñ',
  o: 'òóôõö',
  u: 'ùúûü',
  y: 'ýÿ',
  е: 'ё',
  "'": '’ʼ‘`´',
  '-': '‐‑‒–—―−',
  ' ': '\u00a0\u2007\u202f',
})) {
  for (const char of variants) folded[char] = plain;
}
// None of the characters needs escaping in a class (no `]`, backslash, `^` or ASCII `-`).
const foldable = new RegExp(`[${Object.keys(folded).join('')}]`, 'g');

/**
 * Lower case, Latin accents dropped, `ё` as `е`, apostrophes, dashes and spaces of one kind each.
 * Every replacement is one UTF-16 unit for one, so indices still point into the reply.
 */
function normalizeForTone(lowerCase: string): string {
  return lowerCase.replace(foldable, (char) => folded[char]);
}

const closingQuote: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
const openingQuote = /[“«„"]/g;

/** Spans between quotation marks: what the customer said, quoted back, is not the brand talking. */
function quotedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  openingQuote.lastIndex = 0;
  for (let open = openingQuote.exec(text); open; open = openingQuote.exec(text)) {
    const end = text.indexOf(closingQuote[open[0]], open.index + 1);
    if (end < 0) break;
    spans.push([open.index, end]);
    openingQuote.lastIndex = end + 1;
  }
  return spans;
}

// Letters of the three languages and digits: what may not touch a phrase on either side.
const wordChar = '0-9a-z_\\u00c0-\\u024f\\u0400-\\u04ff';

/** The pattern conventions of keywords/tone.ts, spelled out as regular expression syntax. */
function expand(pattern: RegExp): string {
  return pattern.source.replace(/ /g, '\\s+').replace(/'/g, "'?").replace(/~/g, '[-\\s]?');
}

interface Pattern {
  kind: ToneKind;
  source: RegExp;
  /** Compiled on first use: most replies hold the anchors of few patterns. */
  compiled?: RegExp;
}

interface AnchorNode {
  next: Map<number, AnchorNode>;
  /** Patterns whose anchor ends here. */
  patterns: Pattern[];
}

const patterns: Pattern[] = (Object.keys(tonePatterns) as ToneKind[]).flatMap((kind) =>
  tonePatterns[kind].map((source) => ({ kind, source })),
);

interface Anchors {
  root: AnchorNode;
  /** Where an anchor starts a word: one expression of plain words, quick from its first run. */
  starts: RegExp;
  /** Patterns without a safe anchor: tried on every reply (a test keeps this list short). */
  unanchored: Pattern[];
}

let anchors: Anchors | undefined;

/** Built on the first reply rather than at load: drafts of posts never need it. */
export function anchorIndex(): Anchors {
  if (anchors) return anchors;
  const root: AnchorNode = { next: new Map(), patterns: [] };
  const unanchored: Pattern[] = [];
  const words = new Set<string>();
  for (const pattern of patterns) {
    const found = patternAnchors(pattern.source);
    if (!found) unanchored.push(pattern);
    for (const word of found ?? []) {
      words.add(word);
      let node = root;
      for (let index = 0; index < word.length; index++) {
        const code = word.charCodeAt(index);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), patterns: [] };
          node.next.set(code, child);
        }
        node = child;
      }
      node.patterns.push(pattern);
    }
  }
  // Anchors are letters and digits only, so they need no escaping.
  const starts = new RegExp(`(?:^|[^${wordChar}])(${[...words].join('|')})`, 'g');
  anchors = { root, starts, unanchored };
  return anchors;
}

/**
 * The patterns whose anchors begin a word of `text`. The expression finds a word that begins with
 * some anchor; the walk from there collects every anchor it begins with (`you` and `your`).
 */
function candidates(text: string): Set<Pattern> {
  const { root, starts, unanchored } = anchorIndex();
  const found = new Set<Pattern>(unanchored);
  starts.lastIndex = 0;
  for (let match = starts.exec(text); match; match = starts.exec(text)) {
    let node: AnchorNode | undefined = root;
    for (let index = match.index + match[0].length - match[1].length; node && index < text.length; index++) {
      node = node.next.get(text.charCodeAt(index));
      for (const pattern of node?.patterns ?? []) found.add(pattern);
    }
  }
  return found;
}

/**
 * The phrase is the capture group. The expression consumes the character before it rather than
 * looking behind: the engine then skips over the letters inside words at once.
 */
const compile = (pattern: Pattern) =>
  new RegExp(`(?:^|[^${wordChar}])(${expand(pattern.source)})(?![${wordChar}])`, 'g');

const faces = new RegExp(eyeRollingFaces.join('|'), 'g');

export type ToneHits = Partial<Record<ToneKind, string[]>>;

interface Hit {
  kind: ToneKind;
  start: number;
  end: number;
}

/**
 * The hostile phrases of `text`, by kind, as written in it and in the order they come.
 * `everyPattern` skips the anchor filter, so a test can check the filter loses nothing.
 */
/** `lowerCase` is the reply in lower case, when the caller has it already (the shouting check needs it too). */
export function findTonePhrases(
  text: string,
  { everyPattern = false, lowerCase = text.toLowerCase() } = {},
): ToneHits {
  const normalized = normalizeForTone(lowerCase);
  const quoted = quotedSpans(normalized);
  const inQuote = (at: number) => quoted.some(([start, end]) => at > start && at < end);
  const found: Hit[] = [];
  for (const pattern of everyPattern ? patterns : candidates(normalized)) {
    pattern.compiled ??= compile(pattern);
    const expression = pattern.compiled;
    expression.lastIndex = 0;
    for (let match = expression.exec(normalized); match; match = expression.exec(normalized)) {
      const end = match.index + match[0].length;
      const start = end - match[1].length;
      if (!inQuote(start)) found.push({ kind: pattern.kind, start, end });
    }
  }
  faces.lastIndex = 0;
  for (let match = faces.exec(normalized); match; match = faces.exec(normalized)) {
    if (!inQuote(match.index))
      found.push({ kind: 'sarcasm', start: match.index, end: match.index + match[0].length });
  }
  // Overlapping phrases are one phrase: the first, and the longest of those starting together.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // A lower-cased letter that grew (`İ`) shifts indices: quote the normalised text instead.
  const source = normalized.length === text.length ? text : normalized;
  const hits: ToneHits = {};
  let reached = 0;
  for (const hit of found) {
    if (hit.start < reached) continue;
    reached = hit.end;
    const phrase = source
      .slice(hit.start, hit.end)
      .replace(/\s+/g, ' ')
      .replace(/^[\s,.;:!?-]+|[\s,.;:!?-]+$/g, '');
    const phrases = hits[hit.kind] ?? [];
    phrases.push(phrase);
    hits[hit.kind] = phrases;
  }
  return hits;
}
