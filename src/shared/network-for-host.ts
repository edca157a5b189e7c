import type { Network } from './networks';

/** Which network a page belongs to, by its hostname (subdomains included). */
const hosts: [string, Network][] = [
  ['x.com', 'x'],
  ['twitter.com', 'x'],
  ['facebook.com', 'facebook'],
  ['instagram.com', 'instagram'],
  ['threads.com', 'threads'],
  ['threads.net', 'threads'],
  ['linkedin.com', 'linkedin'],
  ['vk.com', 'vk'],
  ['bsky.app', 'bluesky'],
  ['mastodon.social', 'mastodon'],
];

export function networkForHost(hostname: string, mastodonHosts: readonly string[] = []): Network | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const [domain, network] of hosts) {
    if (host === domain || host.endsWith(`.${domain}`)) return network;
  }
  return mastodonHosts.includes(host) ? 'mastodon' : null;
}
