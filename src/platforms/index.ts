/**
 * The adapter registry: picks the page's network by its hostname and loads only that adapter, so
 * the content script's first bundle carries none of the eight (each is its own lazy chunk).
 */
import { networkForHost } from '../shared/network-for-host';
import type { Network } from '../shared/networks';
import type { Adapter } from './adapter';

type AdapterModule = { adapter: Adapter };

/** One lazy import per network: bundlers make each a separate chunk. */
const loaders: Record<Network, () => Promise<AdapterModule>> = {
  x: () => import('./x'),
  facebook: () => import('./facebook'),
  instagram: () => import('./instagram'),
  threads: () => import('./threads'),
  linkedin: () => import('./linkedin'),
  vk: () => import('./vk'),
  mastodon: () => import('./mastodon'),
  bluesky: () => import('./bluesky'),
};

/** The adapter for a page's hostname; the generic finder on any other page the user enabled. */
export async function adapterForHost(hostname: string, mastodonHosts: string[] = []): Promise<Adapter> {
  const network = networkForHost(hostname, mastodonHosts);
  if (network) {
    try {
      return (await loaders[network]()).adapter;
    } catch {
      // A chunk that fails to load (extension updated under the page) must not break the page:
      // the generic finder still gives the panel a composer.
    }
  }
  const { createGenericAdapter } = await import('./generic');
  return createGenericAdapter(network);
}
