/**
 * Word characters by UTF-16 unit, as ranges rather than `\p{L}`: keyword scanning asks for most
 * characters of every draft, and a Unicode property test per character cost more than the whole
 * scan. Letters and marks of every script count; punctuation, symbols, spaces and emoji don't.
 * Precise enough for word boundaries. 2 = high surrogate of a letter plane, 3 = low surrogate.
 */
function classify(code: number): number {
  if (code < 0x80) {
    return +(
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x41 && code <= 0x5a) ||
      code === 0x5f
    );
  }
  if (code < 0xc0) return +(code === 0xaa || code === 0xb5 || code === 0xba);
  if (code < 0x2000) return +(code !== 0xd7 && code !== 0xf7);
  if (code < 0x2c00) return 0; // punctuation, symbols, arrows, dingbats
  if (code < 0x2e00) return 1;
  if (code < 0x2e80) return 0;
  if (code < 0x3000) return 1;
  if (code < 0x3040) return 0; // CJK punctuation
  if (code < 0xd800) return 1;
  if (code < 0xdc00) return code < 0xd83c || code > 0xd83e ? 2 : 0; // emoji planes are not words
  if (code < 0xe000) return 3; // low surrogate: as its pair
  if (code < 0xf900) return 0; // private use
  if (code < 0xfe00) return 1;
  if (code < 0xfe70) return 0; // variation selectors, small forms
  if (code < 0xff00) return +(code !== 0xfeff);
  if (code <= 0xff0f || (code >= 0xff1a && code <= 0xff20) || (code >= 0xff3b && code <= 0xff40)) return 0;
  return +!(code >= 0xff5b && code <= 0xff65);
}

const wordTable = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) wordTable[code] = classify(code);

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
