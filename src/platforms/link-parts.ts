/**
 * The path and query parameters of a link's `href`, as `new URL(href, base)` gives them, without
 * parsing a URL for the links that need none: comment scans read several links per comment, and a
 * URL parse costs more than the rest of the scan. A link is read by hand only when its form leaves
 * nothing for the parser to do (an `http(s)` origin with a plain host name, or a path from the
 * root; no dot segments, nothing to percent-encode or decode); any other goes through `URL`.
 * link-parts.test.ts checks both ways agree on generated links.
 */
import { safely } from './guard';

const base = 'https://invalid.example';
/** `http(s)://` and a host of letters, digits and hyphens, which the host parser accepts as is. */
const plainOrigin = /^https?:\/\/((?:[a-z0-9-]+\.)*([a-z0-9-]+))\.?(?=[/?#]|$)/i;
/** A last label the parser would read as an IPv4 number (and may reject). */
const numericLabel = /^(?:\d+|0x[0-9a-f]*)$/i;
/** Punycode labels are decoded and checked by the parser. */
const punycodeLabel = /(?:^|\.)xn--/i;
/** Path characters the parser keeps as they are. */
const plainPath = /^\/[\w\-.~!$&'()*+,;=:@/%]*/;
/** `.`, `..` and their percent-encoded forms are resolved by the parser. */
const dotSegment = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;
/** Query characters that neither the parser nor the form decoding changes. */
const plainQuery = /^[\w\-.~!$&()*,;=:@/?]*$/;

/** The path and what follows it, or null when only the URL parser can tell. */
function plainParts(href: string): { path: string; rest: string } | null {
  let rest = href;
  const origin = plainOrigin.exec(href);
  if (origin) {
    if (punycodeLabel.test(origin[1]) || numericLabel.test(origin[2])) return null;
    rest = href.slice(origin[0].length);
  } else if (!href.startsWith('/') || href.startsWith('//')) return null;
  const path = plainPath.exec(rest)?.[0] ?? '';
  rest = rest.slice(path.length);
  if (rest !== '' && rest[0] !== '?' && rest[0] !== '#') return null;
  if ((path.includes('.') || path.includes('%')) && dotSegment.test(path)) return null;
  return { path: path || '/', rest };
}

/** The path of a link (`/user/status/1`), resolved against the page when it is absolute. */
export function pathOf(href: string | null | undefined): string {
  if (!href) return '';
  const parts = plainParts(href);
  if (parts) return parts.path;
  return safely(() => new URL(href, base).pathname, '');
}

export function searchParam(href: string | null | undefined, name: string): string | null {
  if (!href) return null;
  const parts = plainParts(href);
  if (parts) {
    const end = parts.rest.indexOf('#');
    const query = parts.rest.startsWith('?') ? parts.rest.slice(1, end < 0 ? undefined : end) : '';
    if (plainQuery.test(query)) {
      for (const pair of query.split('&')) {
        if (!pair) continue;
        const equals = pair.indexOf('=');
        if ((equals < 0 ? pair : pair.slice(0, equals)) === name)
          return equals < 0 ? '' : pair.slice(equals + 1);
      }
      return null;
    }
  }
  return safely(() => new URL(href, base).searchParams.get(name), null);
}
