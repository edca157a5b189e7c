import { describe, expect, test } from 'vitest';
import { isWordCode } from './word-chars';

/** The table's definition, one character at a time: the runs must say the same. */
function reference(code: number): number {
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
  if (code < 0x2c00) return 0;
  if (code < 0x2e00) return 1;
  if (code < 0x2e80) return 0;
  if (code < 0x3000) return 1;
  if (code < 0x3040) return 0;
  if (code < 0xd800) return 1;
  if (code < 0xdc00) return code < 0xd83c || code > 0xd83e ? 2 : 0;
  if (code < 0xe000) return 3;
  if (code < 0xf900) return 0;
  if (code < 0xfe00) return 1;
  if (code < 0xfe70) return 0;
  if (code < 0xff00) return +(code !== 0xfeff);
  if (code <= 0xff0f || (code >= 0xff1a && code <= 0xff20) || (code >= 0xff3b && code <= 0xff40)) return 0;
  return +!(code >= 0xff5b && code <= 0xff65);
}

describe('isWordCode', () => {
  test('every UTF-16 unit outside surrogates is a word character exactly as the definition says', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (isWordCode(String.fromCharCode(code), 0) !== (reference(code) !== 0)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test('a low surrogate is a word character after the high surrogate of a letter plane only', () => {
    for (let high = 0xd800; high <= 0xdbff; high += 0x11) {
      for (const low of [0xdc00, 0xde42, 0xdfff]) {
        const pair = String.fromCharCode(high, low);
        expect(isWordCode(pair, 1), `${high.toString(16)} ${low.toString(16)}`).toBe(reference(high) === 2);
        expect(isWordCode(pair, 0)).toBe(reference(high) === 2);
      }
    }
    expect(isWordCode('\udc00', 0)).toBe(false);
    expect(isWordCode('a\udc00', 1)).toBe(false);
  });

  test('words in the languages the product speaks; punctuation, emoji and spaces are not', () => {
    for (const text of ['é', 'Ж', '東', 'ß', '_', '9', '𝒜']) expect(isWordCode(text, 0), text).toBe(true);
    for (const text of ['.', '’', '×', '😀', ' ', '\u3001', '\uff0c', '\ufeff']) {
      expect(isWordCode(text, 0), text).toBe(false);
    }
  });
});
