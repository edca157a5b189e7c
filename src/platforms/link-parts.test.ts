/**
 * The hand-read links agree with the URL parser, on links built from the pieces where the two
 * could part: dot segments (plain and percent-encoded), characters the parser encodes, trims or
 * drops, backslashes, hosts it reads as numbers or punycode, `+` and `%` in queries.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isResolved, pathOf, searchParam } from './link-parts';

const base = 'https://invalid.example';
/** What pathOf and searchParam did before they read links by hand. */
const parsedPath = (href: string) => {
  if (!href) return '';
  try {
    return new URL(href, base).pathname;
  } catch {
    return '';
  }
};
const parsedParam = (href: string, name: string) => {
  if (!href) return null;
  try {
    return new URL(href, base).searchParams.get(name);
  } catch {
    return null;
  }
};

const origin = fc.constantFrom(
  '',
  'https://x.com',
  'HTTPS://WWW.Facebook.com',
  'http://vk.com.',
  'https://a.1',
  'https://1.2.3.4',
  'https://1.2.3.256',
  'https://a.0x1f',
  'https://xn--a.com',
  'https://xn--bcher-kva.example',
  'https://-a-.b',
  'https://a..b',
  'https://a.b:8080',
  'https://user@a.b',
  'https:/a.b',
  'https:a.b',
  '//a.b',
  'ftp://a.b',
  'mailto:a@b.c',
  ' https://a.b',
);
const piece = fc.constantFrom(
  '/',
  '//',
  '\\',
  '.',
  '..',
  '%2e',
  '%2E',
  '.%2e',
  'a',
  'B',
  '_',
  '-',
  '~',
  '@',
  ':',
  "'",
  '%',
  '%20',
  '+',
  ' ',
  '\t',
  '\n',
  'é',
  '"',
  '<',
  '{',
  '[',
  ']',
  '|',
  '^',
  '?',
  '#',
  '&',
  '=',
  'id',
  'comment_id',
  '1001',
  'status',
  'profile.php',
);
/** Mostly what real links hold, so that many generated links take the hand-read way. */
const plainPiece = fc.constantFrom(
  '/',
  '.',
  '..',
  '%2e',
  'a',
  '_',
  '?',
  '#',
  '&',
  '=',
  'id',
  '1001',
  "'",
  '[0]',
);
const href = fc.oneof(
  ...[piece, plainPiece].map((pieces) =>
    fc.tuple(origin, fc.array(pieces, { maxLength: 12 })).map(([start, rest]) => start + rest.join('')),
  ),
);

describe('links read by hand and by the URL parser', () => {
  test('pathOf agrees with URL.pathname', () => {
    fc.assert(
      fc.property(href, (link) => {
        expect(pathOf(link)).toBe(parsedPath(link));
      }),
      { numRuns: 20_000 },
    );
  });

  test('searchParam agrees with URL.searchParams', () => {
    fc.assert(
      fc.property(href, fc.constantFrom('id', 'comment_id', 'a', 'B'), (link, name) => {
        expect(searchParam(link, name)).toBe(parsedParam(link, name));
      }),
      { numRuns: 20_000 },
    );
  });

  test.each([
    ['/acmebrand', '/acmebrand'],
    ['https://x.com/alice/status/1790000000000000101', '/alice/status/1790000000000000101'],
    ['https://www.facebook.com/acmebrand/posts/pfbid02?comment_id=1001', '/acmebrand/posts/pfbid02'],
    ['/profile/alice.bsky.social/post/3kalice1', '/profile/alice.bsky.social/post/3kalice1'],
    ['/a/../b', '/b'],
    ['/a b', '/a%20b'],
    ['https://a.1/x', ''],
    ['', ''],
  ])('pathOf(%j) is %j', (link, path) => {
    expect(pathOf(link)).toBe(path);
  });

  test.each([
    ['https://www.facebook.com/p?comment_id=1001&reply_comment_id=1005', 'reply_comment_id', '1005'],
    ['/profile.php?id=100012345', 'id', '100012345'],
    ['/p?id=a+b', 'id', 'a b'],
    ['/p?id=%C3%A9', 'id', 'é'],
    ['/p#?id=1', 'id', null],
    // Facebook's tracking parameters: brackets are kept as they stand.
    ['https://www.facebook.com/a/posts/p?comment_id=1001&__cft__[0]=AZx&__tn__=R]-R', 'comment_id', '1001'],
    [null, 'id', null],
  ])('searchParam(%j, %j) is %j', (link, name, value) => {
    expect(searchParam(link, name)).toBe(value);
  });
});

describe('links already resolved', () => {
  test('isResolved only when the URL parser gives the same address back, on any page', () => {
    fc.assert(
      fc.property(href, (link) => {
        if (isResolved(link)) {
          expect(new URL(link, base).href).toBe(link);
          expect(new URL(link, 'https://www.facebook.com/acme/posts/1?comment_id=2').href).toBe(link);
        }
      }),
      { numRuns: 20_000 },
    );
  });

  test.each([
    ['https://www.facebook.com/alice.martin', true],
    ['https://www.facebook.com/acmebrand/posts/pfbid02?comment_id=1001&reply_comment_id=1005', true],
    ['https://www.facebook.com/a/posts/p?comment_id=1001&__cft__[0]=AZx&__tn__=R]-R', true],
    ['https://www.facebook.com', false],
    ['HTTPS://www.facebook.com/a', false],
    ['/alice.martin', false],
    ['https://x.com/a b', false],
    ['https://x.com/a?b c', false],
    ['https://x.com/a/../b', false],
  ])('isResolved(%j) is %j', (link, resolved) => {
    expect(isResolved(link)).toBe(resolved);
  });
});
