/**
 * The path and query parameters of a link's `href`, as `new URL(href, base)` gives them, without
 * parsing a URL for the links that need none: comment scans read several links per comment, and a
 * URL parse costs more than the rest of the scan. A link is read by hand only when its form leaves
 * nothing for the parser to do (an `http(s)` origin with a plain host name, or a path from the
 * root; no dot segments, nothing to percent-encode or decode); any other goes through `URL`.
 * The hand reading is a scan of character codes, not a chain of regular expressions: measured in
 * Node, the expressions cost ~0.1 µs each and a link took five of them, the scans' largest cost.
 * link-parts.test.ts checks both ways agree on generated links.
 */
import { safely } from './guard';

const base = 'https://invalid.example';

const PATH = 1;
const QUERY = 2;
/** Per ASCII code: whether the parser keeps it as is in a path (PATH), and in a query (QUERY). */
const kept = new Uint8Array(128);
const word = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';
for (const char of `${word}-.~!$&'()*+,;=:@/%`) kept[char.charCodeAt(0)] |= PATH;
// `+` and `%` are decoded by the query's form reading, `'` is encoded by the parser.
for (const char of `${word}-.~!$&()*,;=:@/?`) kept[char.charCodeAt(0)] |= QUERY;

const keeps = (code: number, kind: number) => code < 128 && (kept[code] & kind) !== 0;

/** Letters, digits and hyphens: a host label the host parser accepts as is. */
const isLabelChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45;
/** A last label the parser would read as an IPv4 number (and may reject). */
const numericLabel = /^(?:\d+|0x[0-9a-f]*)$/i;
/** Punycode labels are decoded and checked by the parser. */
const punycodeLabel = /(?:^|\.)xn--/i;
/** `.`, `..` and their percent-encoded forms are resolved by the parser. */
const dotSegment = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/**
 * Where the path starts after `http(s)://` and a plain host name (labels of letters, digits and
 * hyphens, an optional final dot); -1 when the link has no such origin.
 */
function originEnd(href: string): number {
  const scheme = href.slice(0, 8).toLowerCase();
  const start = scheme === 'https://' ? 8 : scheme.startsWith('http://') ? 7 : -1;
  if (start < 0) return -1;
  let label = start;
  let lastLabel = start;
  let end = start;
  for (; end < href.length; end++) {
    const code = href.charCodeAt(end);
    if (code === 47 || code === 63 || code === 35) break; // `/`, `?`, `#`
    if (code === 46) {
      if (end === label) return -1; // an empty label
      lastLabel = label;
      label = end + 1;
    } else if (!isLabelChar(code)) return -1;
  }
  // A final dot leaves an empty last label: the label before it is the last one.
  const trailingDot = end === label;
  if (end === start) return -1;
  const host = href.slice(start, trailingDot ? end - 1 : end);
  const last = trailingDot ? href.slice(lastLabel, end - 1) : href.slice(label, end);
  const code = last.charCodeAt(0);
  if (code >= 48 && code <= 57 && numericLabel.test(last)) return -1;
  if (host.length >= 4 && punycodeLabel.test(host)) return -1;
  return end;
}

interface Span {
  start: number;
  end: number;
}

/** Where the path starts and ends in `href`, or null when only the URL parser can tell. */
function readSpan(href: string): Span | null {
  let start = 0;
  if (href.charCodeAt(0) !== 47) {
    start = originEnd(href);
    if (start < 0) return null;
  } else if (href.charCodeAt(1) === 47) return null; // `//host`: another origin
  let end = start;
  if (href.charCodeAt(start) === 47) {
    end++;
    while (end < href.length && keeps(href.charCodeAt(end), PATH)) end++;
  }
  if (end < href.length) {
    const next = href.charCodeAt(end);
    if (next !== 63 && next !== 35) return null; // neither `?` nor `#`: a character to encode
  }
  // A dot segment follows a slash: `/.` or `/%2e`. Most paths hold dots (`/profile/a.bsky.social`)
  // but none after a slash, and skip the expression.
  const path = href.slice(start, end);
  if ((path.includes('/.') || path.includes('%')) && dotSegment.test(path)) return null;
  return { start, end };
}

/**
 * The last link read and its span: scans ask several questions of one link in a row (a permalink's
 * two ids, a profile link's id and path), and each question read the link again.
 */
let lastHref = '';
let lastSpan: Span | null = null;

function plainSpan(href: string): Span | null {
  if (href !== lastHref) {
    lastSpan = readSpan(href);
    lastHref = href;
  }
  return lastSpan;
}

/** The path of a link (`/user/status/1`), resolved against the page when it is absolute. */
export function pathOf(href: string | null | undefined): string {
  if (!href) return '';
  const span = plainSpan(href);
  if (span) return span.end > span.start ? href.slice(span.start, span.end) : '/';
  return safely(() => new URL(href, base).pathname, '');
}

/**
 * The value of the query's first `name=` pair in `href` from `start` to `end` (a plain query:
 * nothing to decode), or null.
 */
function plainParam(href: string, start: number, end: number, name: string): string | null {
  for (let pair = start; pair < end; ) {
    const next = href.indexOf('&', pair);
    const pairEnd = next < 0 || next > end ? end : next;
    const equals = href.indexOf('=', pair);
    const keyEnd = equals < 0 || equals > pairEnd ? pairEnd : equals;
    if (pairEnd > pair && keyEnd - pair === name.length && href.startsWith(name, pair))
      return keyEnd === pairEnd ? '' : href.slice(keyEnd + 1, pairEnd);
    pair = pairEnd + 1;
  }
  return null;
}

export function searchParam(href: string | null | undefined, name: string): string | null {
  if (!href) return null;
  const span = plainSpan(href);
  if (span) {
    if (href.charCodeAt(span.end) !== 63) return null; // no query
    const start = span.end + 1;
    const hash = href.indexOf('#', start);
    const end = hash < 0 ? href.length : hash;
    let plain = true;
    for (let index = start; index < end && plain; index++) plain = keeps(href.charCodeAt(index), QUERY);
    if (plain) return plainParam(href, start, end, name);
  }
  return safely(() => new URL(href, base).searchParams.get(name), null);
}

/**
 * Whether `href` is already what the page's resolution of it gives (`anchor.href`): an `http(s)`
 * address in lower case, with a plain host, a path and nothing the parser encodes. Reading a link's
 * `href` property resolves it again each time; measured on Facebook's 2,000-comment scan, that
 * was an eighth of the scan, and the attribute of such a link is the same string.
 */
export function isResolved(href: string): boolean {
  const span = plainSpan(href);
  if (!span || span.start === 0 || span.end === span.start) return false;
  for (let index = 0; index < span.start; index++) {
    const code = href.charCodeAt(index);
    if (code >= 65 && code <= 90) return false; // an upper-case letter, lowered by the parser
  }
  for (let index = span.end; index < href.length; index++) {
    const code = href.charCodeAt(index);
    if (!keeps(code, QUERY) && code !== 43 && code !== 37 && code !== 35) return false; // `+`, `%`, `#`
  }
  return true;
}
