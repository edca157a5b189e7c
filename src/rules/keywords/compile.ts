import { isSpaceCode, isWordCode } from './word-chars';

/**
 * Keyword lists compiled once into a trie, matched in one pass over the lower-cased text.
 *
 * Why not a regular expression: an alternation of ~300 Unicode terms took 0.2–0.4 ms on a
 * 5,000-character draft, a lookbehind for word boundaries several times more; the trie walks only
 * from word starts and usually stops after a character or two.
 *
 * Term syntax (terms are written lower-case):
 * - a space matches any run of white space (`tag  your\nfriends`);
 * - `*` at the end of a word is a stem: `скидк*` matches скидка, скидки, скидкой…;
 * - `#` matches a run of digits (`tag # friends`);
 * - everything else is literal. A term matches only as whole words.
 */

export type KeywordHits<L extends string> = Partial<Record<L, string[]>>;

interface TrieNode<L> {
  next: Map<number, TrieNode<L>>;
  /** Term ends here. */
  label?: L;
  /** Stem ends here: any further letters belong to the word. */
  stem?: L;
  stemThenSpace?: TrieNode<L>;
  space?: TrieNode<L>;
  digits?: TrieNode<L>;
}

// Every node gets every field up front: one object shape keeps property reads monomorphic, which
// made the scan three times faster than nodes grown field by field.
const node = <L>(): TrieNode<L> => ({
  next: new Map(),
  label: undefined,
  stem: undefined,
  stemThenSpace: undefined,
  space: undefined,
  digits: undefined,
});

function insert<L>(root: TrieNode<L>, term: string, label: L): void {
  let current = root;
  for (let index = 0; index < term.length; index++) {
    const char = term[index];
    if (char === '*' && index === term.length - 1) {
      current.stem ??= label;
      return;
    }
    if (char === '*') {
      // A stem inside a phrase (`наш* клиент*`): letters, then the white space that follows it.
      current.stemThenSpace ??= node();
      current = current.stemThenSpace;
      if (term[index + 1] === ' ') index++;
      continue;
    }
    if (char === ' ' || char === '#') {
      const key = char === '#' ? 'digits' : 'space';
      current[key] ??= node();
      current = current[key] as TrieNode<L>;
      continue;
    }
    const code = term.charCodeAt(index);
    let child = current.next.get(code);
    if (!child) {
      child = node();
      current.next.set(code, child);
    }
    current = child;
  }
  current.label ??= label;
}

let lastRaw = '';
let lastNormalized = '';

/**
 * Lower-case, with typographic apostrophes and `ё` folded so lists need one spelling. Each
 * replacement keeps the length, so indices still point into the original text (checked by callers).
 */
export function normalizeForKeywords(text: string): string {
  if (text === lastRaw) return lastNormalized;
  const normalized = text
    .toLowerCase()
    .replace(/[’ʼ‘`]/g, "'")
    .replace(/ё/g, 'е');
  lastRaw = text;
  lastNormalized = normalized;
  return normalized;
}

export interface KeywordMatcher<L extends string> {
  /** Words found in `text`, by list label, as written in the text. */
  scan(text: string): KeywordHits<L>;
}

interface Match<L> {
  end: number;
  label: L;
}

const endsWord = (text: string, end: number) => !isWordCode(text, end - 1) || !isWordCode(text, end);

function skipWhile(text: string, from: number, test: (code: number) => boolean): number {
  let index = from;
  while (index < text.length && test(text.charCodeAt(index))) index++;
  return index;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** The longest term of `start`'s trie path that ends on a word boundary. */
function longest<L>(text: string, at: number, trie: TrieNode<L>, best?: Match<L>): Match<L> | undefined {
  let result = best;
  if (trie.label !== undefined && endsWord(text, at) && (!result || at > result.end))
    result = { end: at, label: trie.label };
  if (trie.stem !== undefined) {
    let end = at;
    while (end < text.length && isWordCode(text, end)) end++;
    if (!result || end > result.end) result = { end, label: trie.stem };
  }
  if (trie.stemThenSpace) {
    let end = at;
    while (end < text.length && isWordCode(text, end)) end++;
    if (isSpaceCode(text.charCodeAt(end))) {
      result = longest(text, skipWhile(text, end, isSpaceCode), trie.stemThenSpace, result);
    }
  }
  if (at >= text.length) return result;
  const code = text.charCodeAt(at);
  const child = trie.next.get(code);
  if (child) result = longest(text, at + 1, child, result);
  if (trie.space && isSpaceCode(code))
    result = longest(text, skipWhile(text, at, isSpaceCode), trie.space, result);
  if (trie.digits && isDigit(code)) result = longest(text, skipWhile(text, at, isDigit), trie.digits, result);
  return result;
}

function trieOf<L extends string>(lists: Record<L, readonly string[]>): TrieNode<L> {
  const root = node<L>();
  for (const label of Object.keys(lists) as L[]) {
    for (const term of lists[label]) insert(root, term.toLowerCase().replace(/ё/g, 'е'), label);
  }
  return root;
}

/**
 * The trie is built at the first scan, not when the list's module loads: the service worker loads
 * every list at each start, and some only serve rare drafts (contests); building them all took
 * ~10 ms of a cold start (docs/ARCHITECTURE.md budget: 400 ms for a cold worker's first answer).
 */
export function compileKeywords<L extends string>(lists: Record<L, readonly string[]>): KeywordMatcher<L> {
  let built: TrieNode<L> | undefined;

  return {
    scan(text: string): KeywordHits<L> {
      const hits: KeywordHits<L> = {};
      if (!text) return hits;
      built ??= trieOf(lists);
      const root = built;
      const normalized = normalizeForKeywords(text);
      const sameIndices = normalized.length === text.length;
      let wordBefore = false;
      for (let start = 0; start < normalized.length; start++) {
        const code = normalized.charCodeAt(start);
        const word = isWordCode(normalized, start);
        // Terms start at a word start, or anywhere when they start with a symbol (`% off`, `🙄`).
        const canStart = !(word && wordBefore) && (root.next.has(code) || (root.digits && isDigit(code)));
        wordBefore = word;
        if (!canStart) continue;
        const match = longest(normalized, start, root);
        if (!match || match.end === start) continue;
        const found = sameIndices ? text.slice(start, match.end) : normalized.slice(start, match.end);
        const list = hits[match.label] ?? [];
        list.push(found.replace(/\s+/g, ' '));
        hits[match.label] = list;
        start = match.end - 1;
        wordBefore = isWordCode(normalized, start);
      }
      return hits;
    },
  };
}
