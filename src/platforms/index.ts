/**
 * The adapter registry: one adapter per network, all in the content script's single file (the
 * eight together weigh about what one lazy chunk and its loader did, and a classic script has no
 * chunks to load). The background decides the page's network; this picks its adapter.
 */
import type { Network } from '../shared/networks';
import type { Adapter } from './adapter';
import { adapter as bluesky } from './bluesky';
import { adapter as facebook } from './facebook';
import { createGenericAdapter } from './generic';
import { adapter as instagram } from './instagram';
import { adapter as linkedin } from './linkedin';
import { adapter as mastodon } from './mastodon';
import { adapter as threads } from './threads';
import { adapter as vk } from './vk';
import { adapter as x } from './x';

const adapters: Record<Network, Adapter> = {
  x,
  facebook,
  instagram,
  threads,
  linkedin,
  vk,
  mastodon,
  bluesky,
};

/** The network's adapter; the generic composer finder on any other page. */
export function adapterFor(network: Network | null): Adapter {
  return network ? adapters[network] : createGenericAdapter(null);
}
