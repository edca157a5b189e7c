import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, test } from 'vitest';
import {
  codePointLength,
  graphemeLength,
  mastodonLength,
  threadsLength,
  twitterCeiling,
  twitterLength,
} from './count';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segments = (text: string) => [...segmenter.segment(text)].length;

describe('twitterLength', () => {
  test.each([
    ['en, plain', 'Hello world', 11],
    ['en, URL counts 23', 'Read https://example.com/a/very/long/path/that/goes/on/and/on', 28],
    ['fr, accents count 1', 'Café crème', 10],
    ['ru, Cyrillic counts 1', 'Привет', 6],
    ['emoji count 2', '😀👍🏽', 4],
    ['CJK counts 2', '東京', 4],
  ])('%s', (_, text, expected) => {
    expect(twitterLength(text)).toBe(expected);
    expect(twitterLength(text)).toBe(twitterText.parseTweet(text).weightedLength);
  });

  test('long drafts use the fast count, which agrees with twitter-text on ordinary text', () => {
    const words = [
      'Bonjour',
      'Привет',
      'hello',
      '東京',
      '😀',
      '👍🏽',
      '🇫🇷',
      'https://example.com/x',
      'brand.com/shop',
      '#Tag',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 150, maxLength: 300 }), (parts) => {
        const text = parts.join(' ');
        expect(twitterLength(text)).toBe(twitterText.parseTweet(text).weightedLength);
      }),
      { numRuns: 30 },
    );
  });
});

describe('twitterCeiling', () => {
  test.each([
    ['plain', 'Hello world'],
    ['short links count 23 each', 'a.co b.co c.co d.co'],
    ['a link with a path', 'See https://example.com/a'],
    ['CJK and emoji', '東京😀👍🏽🇫🇷'],
    ['characters NFC expands (U+0344, U+FB2C)', '\u0344\ufb2c\u0344'],
    ['an IP address', 'http://192.168.0.1/x'],
  ])('%s: never below the exact count', (_, text) => {
    expect(twitterCeiling(text)).toBeGreaterThanOrEqual(twitterText.parseTweet(text).weightedLength);
  });

  test('never below the exact count on arbitrary text with links', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.constantFrom(
        'a.co',
        'x.com/y',
        'https://t.co/abc',
        'www.example.fr',
        '东京.中国',
        '.',
        ' ',
        '\u0344',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(twitterCeiling(text)).toBeGreaterThanOrEqual(twitterText.parseTweet(text).weightedLength);
      }),
      { numRuns: 150 },
    );
  });
});

describe('graphemeLength', () => {
  test.each([
    ['en', 'hello', 5],
    ['fr, combining accent', 'Cafe\u0301', 4],
    ['ru', 'Ёжик', 4],
    ['family emoji', '👨‍👩‍👧', 1],
    ['flags', '🇫🇷🇷🇺', 2],
    ['CRLF', 'a\r\nb', 3],
    ['Hangul jamo', '\u1100\u1161\u11a8', 1],
    ['a prepended mark joins what follows (Unicode 16, Tulu-Tigalari)', '\u{113d1} ', 1],
  ])('%s', (_, text, expected) => {
    expect(graphemeLength(text)).toBe(expected);
  });

  test('agrees with Intl.Segmenter on arbitrary text', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom(
        '\u0301',
        '\u200d',
        '\ufe0f',
        '🇫',
        '🇷',
        '\r',
        '\n',
        '\u1100',
        '\u1161',
        '👍',
        '🏽',
        'a',
        ' ',
      ),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(graphemeLength(text)).toBe(segments(text));
      }),
      { numRuns: 150 },
    );
  });
});

describe('threadsLength', () => {
  test.each([
    ['en', 'hello', 5],
    ['emoji as UTF-8 bytes', '😀', 4],
    ['skin tone: 8 bytes', '👍🏽', 8],
    ['ru', 'Привет 🎉', 11],
  ])('%s', (_, text, expected) => {
    expect(threadsLength(text)).toBe(expected);
  });
});

describe('mastodonLength', () => {
  test.each([
    ['en, URL counts 23', 'See https://example.com/a/really/long/path/here', 27],
    ['fr, short URL still 23', 'Voir a.fr', 28],
    ['ru, remote mention without server', 'Привет @anna@mastodon.social', 12],
  ])('%s', (_, text, expected) => {
    expect(mastodonLength(text)).toBe(expected);
  });
});

test('codePointLength counts astral characters once', () => {
  expect(codePointLength('a😀b')).toBe(3);
});
