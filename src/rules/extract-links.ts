import { LinkifyIt } from 'linkify-it';
import { parse } from 'tldts';
import { extraTlds } from './tlds';

/** A link found in a draft, typed with or without a scheme. */
export interface FoundLink {
  /** As typed in the draft. */
  text: string;
  /** With `http://` added when the user typed no scheme. */
  url: string;
  /** Lower-case host name (`shop.brand.co.uk`). */
  host: string;
  /** Registrable domain (`brand.co.uk`); the host itself for IP addresses and `localhost`. */
  domain: string;
  /** UTF-16 offsets in the draft, end exclusive. */
  start: number;
  end: number;
}

// Fuzzy links (no scheme) on; e-mail addresses are not links a reader follows from a post.
const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false })
  .tlds([...extraTlds], true)
  .add('mailto:', null);

/**
 * Endings that are real TLDs but, written bare (`install.sh`, `notes.md`, `photos.zip`), are far
 * more often file names. With a scheme, `www.` or a path they still count as links.
 */
const fileLikeTlds = new Set(['zip', 'mov', 'py', 'sh', 'md', 'rs', 'ps', 'so']);

function isSpace(code: number): boolean {
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

/** A dot followed by a letter or digit, or `://`: every link has one. */
function isLinkHint(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  if (code === 0x2e)
    return (next >= 0x30 && next <= 0x39) || ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) || next >= 0x80;
  return code === 0x3a && next === 0x2f && text.charCodeAt(index + 2) === 0x2f;
}

/**
 * The white-space-delimited stretches that may hold a link. linkify-it on the whole of a long draft
 * cost about 1 ms per 5,000 characters; links never contain white space, so scanning only the
 * stretches around a hint gives the same matches for a fraction of the time. Linear: each
 * character is visited at most twice.
 */
function candidateRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let coveredUntil = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x2e && code !== 0x3a) continue;
    if (index < coveredUntil || !isLinkHint(text, index)) continue;
    let start = index;
    while (start > coveredUntil && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = index + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    ranges.push([start, end]);
    coveredUntil = end;
    index = end;
  }
  return ranges;
}

/** `http://user@Shop.Brand.com:8080/path` -> `shop.brand.com`. */
function hostOf(url: string): string {
  const afterScheme = url.replace(/^(?:[a-z][a-z0-9+.-]*:)?\/\//i, '');
  const authority = afterScheme.split(/[/?#]/, 1)[0];
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  return host.replace(/:\d*$/, '').replace(/\.$/, '').toLowerCase();
}

interface TokenLink {
  raw: string;
  url: string;
  host: string;
  domain: string;
  /** Offset inside the token. */
  index: number;
}

function toLink(raw: string, url: string, schema: string, index: number): TokenLink | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  const parsed = parse(host, { extractHostname: false });
  const typedScheme = schema !== '';
  if (parsed.isIp || !parsed.domain) {
    // Bare IPs and intranet names only when the user wrote a scheme.
    return typedScheme ? { raw, url, host, domain: host, index } : undefined;
  }
  if (!typedScheme) {
    if (!parsed.isIcann) return undefined;
    const bare = !/^www\./i.test(raw) && !/[/?#]/.test(raw);
    if (bare && fileLikeTlds.has(parsed.publicSuffix ?? '')) return undefined;
  }
  return { raw, url, host, domain: parsed.domain, index };
}

/**
 * Links of one white-space-delimited token, remembered: while the user types, every token but the
 * one under the caret is the same as on the previous keystroke.
 */
const tokenCache = new Map<string, readonly TokenLink[]>();
const tokenCacheSize = 2_000;

function tokenLinks(token: string): readonly TokenLink[] {
  const cached = tokenCache.get(token);
  if (cached) return cached;
  const links: TokenLink[] = [];
  for (const match of linkify.match(token) ?? []) {
    const link = toLink(match.raw, match.url, match.schema, match.index);
    if (link) links.push(link);
  }
  if (tokenCache.size >= tokenCacheSize) tokenCache.clear();
  tokenCache.set(token, links);
  return links;
}

function scan(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const [start, end] of candidateRanges(text)) {
    for (const link of tokenLinks(text.slice(start, end))) {
      const from = start + link.index;
      links.push({
        text: link.raw,
        url: link.url,
        host: link.host,
        domain: link.domain,
        start: from,
        end: from + link.raw.length,
      });
    }
  }
  return links;
}

/** Every link in `text` (`example.com/shop`, `https://…`, `www.…`), in order of appearance. */
export function extractLinks(text: string): FoundLink[] {
  return scan(text);
}
