import type { FoundLink } from './extract-links';
import { shortenerDomains } from './shorteners';

/** True when `host` is `domain` or one of its subdomains (`shop.brand.com` for `brand.com`). */
export function isUnder(host: string, domain: string): boolean {
  const bare = domain.toLowerCase().replace(/^www\./, '');
  return host === bare || host.endsWith(`.${bare}`);
}

export function isOwnLink(link: FoundLink, ownDomains: readonly string[]): boolean {
  return ownDomains.some((domain) => isUnder(link.host, domain));
}

export function isShortener(link: FoundLink): boolean {
  return shortenerDomains.has(link.domain) || shortenerDomains.has(link.host.replace(/^www\./, ''));
}
