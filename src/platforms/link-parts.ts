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
// `[` and `]` are kept by the parsers of Chromium, Firefox and Node alike (Facebook's `__cft__[0]`).
for (const char of `${word}-.~!$&'()*+,;=:@/%[]`) kept[char.charCodeAt(0)] |= PATH;
// `+` and `%` are decoded by the query's form reading, `'` is encoded by the parser.
for (const char of `${word}-.~!$&()*,;=:@/?[]`) kept[char.charCodeAt(0)] |= QUERY;

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
 * hyphens, an optional final dot); -1 when the link has no such origin. `upperOrigin` tells whether
 * the scheme or host held an upper-case letter, which the parser lowers: read in the same walk.
 */
let upperOrigin = false;
function originEnd(href: string): number {
  // Pages write the scheme in lower case: the lowered copy is made only for the rare other case.
  const lower = href.startsWith('https://') || href.startsWith('http://');
  const scheme = lower ? href : href.slice(0, 8).toLowerCase();
  const start = scheme.startsWith('https://') ? 8 : scheme.startsWith('http://') ? 7 : -1;
  if (start < 0) return -1;
  upperOrigin = !lower;
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
    } else if (code >= 65 && code <= 90) upperOrigin = true;
    else if (!isLabelChar(code)) return -1;
  }
  // A final dot leaves an empty last label: the label before it is the last one.
  const trailingDot = end === label;
  if (end === start) return -1;
  const lastStart = trailingDot ? lastLabel : label;
  const code = href.charCodeAt(lastStart);
  if (code >= 48 && code <= 57 && numericLabel.test(href.slice(lastStart, trailingDot ? end - 1 : end)))
    return -1;
  // A punycode label starts `xn--`: most hosts hold no `--` and skip the expression.
  const dashes = href.indexOf('--', start);
  if (dashes >= 0 && dashes < end && punycodeLabel.test(href.slice(start, end))) return -1;
  return end;
}

/** What one walk over a link read: every question asked of the link is answered from it. */
interface Span {
  /** Where the path starts and ends. */
  start: number;
  end: number;
  /** Where the query ends (a `#`, or the end of the link). */
  queryEnd: number;
  /** Whether the query holds nothing to decode or encode: its pairs are read as they stand. */
  plainQuery: boolean;
  /** Whether the link is already what the page's resolution of it gives (`isResolved`). */
  resolved: boolean;
}

/** What a link holds, or null when only the URL parser can tell where its path is. */
function readSpan(href: string): Span | null {
  let start = 0;
  if (href.charCodeAt(0) !== 47) {
    start = originEnd(href);
    if (start < 0) return null;
  } else if (href.charCodeAt(1) === 47) return null; // `//host`: another origin
  let end = start;
  // A dot segment follows a slash: `/.` or `/%2e`. Most paths hold dots (`/profile/a.bsky.social`)
  // but none after a slash, nor a `%`, and skip the expression.
  let mayDot = false;
  if (href.charCodeAt(start) === 47) {
    end++;
    for (; end < href.length; end++) {
      const code = href.charCodeAt(end);
      if (!keeps(code, PATH)) break;
      if (code === 37 || (code === 46 && href.charCodeAt(end - 1) === 47)) mayDot = true;
    }
  }
  if (end < href.length) {
    const next = href.charCodeAt(end);
    if (next !== 63 && next !== 35) return null; // neither `?` nor `#`: a character to encode
  }
  if (mayDot && dotSegment.test(href.slice(start, end))) return null;
  // The query and fragment in one walk: whether the query reads as it stands (`+` and `%` are
  // decoded), and whether the parser keeps the rest as is (it keeps `+`, `%` and the `#`s).
  let queryEnd = href.length;
  let plainQuery = true;
  let keptAsIs = true;
  for (let index = end; index < href.length; index++) {
    const code = href.charCodeAt(index);
    if (keeps(code, QUERY)) continue;
    if (code === 35 && queryEnd === href.length) queryEnd = index;
    else if (index < queryEnd) plainQuery = false;
    if (code !== 43 && code !== 37 && code !== 35) keptAsIs = false;
  }
  return { start, end, queryEnd, plainQuery, resolved: keptAsIs && start > 0 && end > start && !upperOrigin };
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
  if (span?.plainQuery) {
    if (href.charCodeAt(span.end) !== 63) return null; // no query
    return plainParam(href, span.end + 1, span.queryEnd, name);
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
  return plainSpan(href)?.resolved === true;
}
