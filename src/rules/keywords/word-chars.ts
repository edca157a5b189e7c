/**
 * Word characters by UTF-16 unit, as ranges rather than `\p{L}`: keyword scanning asks for most
 * characters of every draft, and a Unicode property test per character cost more than the whole
 * scan. Letters and marks of every script count; punctuation, symbols, spaces and emoji don't.
 * Precise enough for word boundaries. 2 = high surrogate of a letter plane, 3 = low surrogate.
 */
/** Runs of one kind, inclusive, laid over "not a word" (0), later runs over earlier ones. */
const runs: readonly (readonly [from: number, to: number, kind: number])[] = [
  [0x30, 0x39, 1],
  [0x41, 0x5a, 1],
  [0x5f, 0x5f, 1],
  [0x61, 0x7a, 1],
  [0xaa, 0xaa, 1],
  [0xb5, 0xb5, 1],
  [0xba, 0xba, 1],
  [0xc0, 0x1fff, 1],
  [0xd7, 0xd7, 0], // ×
  [0xf7, 0xf7, 0], // ÷
  // 0x2000–0x2bff: punctuation, symbols, arrows, dingbats
  [0x2c00, 0x2dff, 1],
  [0x2e80, 0x2fff, 1],
  // 0x3000–0x303f: CJK punctuation
  [0x3040, 0xd7ff, 1],
  [0xd800, 0xdbff, 2],
  [0xd83c, 0xd83e, 0], // emoji planes are not words
  [0xdc00, 0xdfff, 3], // low surrogate: as its pair
  // 0xe000–0xf8ff: private use
  [0xf900, 0xfdff, 1],
  // 0xfe00–0xfe6f: variation selectors, small forms
  [0xfe70, 0xfefe, 1],
  // 0xff00–0xff0f, 0xff1a–0xff20, 0xff3b–0xff40, 0xff5b–0xff65: full-width punctuation
  [0xff10, 0xff19, 1],
  [0xff21, 0xff3a, 1],
  [0xff41, 0xff5a, 1],
  [0xff66, 0xffff, 1],
];

// Filled by runs, not character by character: 65,536 calls of a classifying function took ~15 ms
// of every cold start of the service worker, which loads this module (docs/ARCHITECTURE.md
// budget: 400 ms for a cold worker's first answer).
const wordTable = new Uint8Array(0x10000);
for (const [from, to, kind] of runs) wordTable.fill(kind, from, to + 1);

export function isWordCode(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const kind = wordTable[text.charCodeAt(index)];
  if (kind === 3) return index > 0 && wordTable[text.charCodeAt(index - 1)] === 2;
  return kind !== 0;
}

export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
