import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, test } from 'vitest';
import { codePointLength, graphemeLength, mastodonLength, threadsLength, twitterLength } from './count';

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

describe('graphemeLength', () => {
  test.each([
    ['en', 'hello', 5],
    ['fr, combining accent', 'Cafe\u0301', 4],
    ['ru', 'Ёжик', 4],
    ['family emoji', '👨‍👩‍👧', 1],
    ['flags', '🇫🇷🇷🇺', 2],
    ['CRLF', 'a\r\nb', 3],
    ['Hangul jamo', '\u1100\u1161\u11a8', 1],
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
      { numRuns: 300 },
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
