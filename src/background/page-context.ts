import { networkForHost } from '../shared/network-for-host';
import type { PageContext } from '../shared/protocol';
import { activeBrand } from '../shared/settings-defaults';
import type { Settings } from '../shared/settings-schema';
import { readPref } from '../store/prefs-repo';

/**
 * What a content script needs to start: its page's network (an added Mastodon instance included),
 * the brand's account there and the switches that change its behaviour. Decided from the sender's
 * URL, so a page can't claim to be another.
 */
export async function pageContext(settings: Settings, pageUrl: string | undefined): Promise<PageContext> {
  const hostname = hostnameOf(pageUrl);
  const mastodonHosts = settings.mastodonInstances.map(hostnameOf).filter((host) => host !== '');
  const network = hostname ? networkForHost(hostname, mastodonHosts) : null;
  return {
    network,
    brands: settings.brands.map((brand) => ({
      id: brand.id,
      name: brand.name,
      accounts: network ? [...(brand.accounts[network] ?? [])] : [],
    })),
    activeBrandId: activeBrand(settings).id,
    deleteGuard: settings.deleteGuard,
    debugSelectors: settings.debugSelectors,
    panelCollapsed: (await readPref<unknown>('panelCollapsed', false)) === true,
  };
}

function hostnameOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}
