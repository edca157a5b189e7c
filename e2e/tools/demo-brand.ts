/**
 * What the demo and the screenshots start from: the extension told, as a user would in the
 * options, that the demo pages are Acme's, and every other request kept offline.
 */
import type { BrowserContext } from '@playwright/test';
import { extensionWorker } from '../support/extension';
import { serveFixtures } from '../support/fixtures';
import { updateSettings } from '../support/settings';

/** The brand's account on each network, as the demo pages name it. */
export const demoAccounts = {
  x: 'acmebrand',
  facebook: 'acmebrand',
  instagram: 'acmebrand',
  threads: 'acmebrand',
  linkedin: 'Acme',
  vk: 'acmebrand',
  mastodon: 'acmebrand@mastodon.social',
  bluesky: 'acmebrand.bsky.social',
};

/** Routes the demo pages (their times moved to `now`), blocks the rest, and sets up Acme. */
export async function prepareDemo(context: BrowserContext, now = Date.now()): Promise<string> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort('blockedbyclient'),
  );
  await serveFixtures(context, { now });
  const worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  const setup = await context.newPage();
  await setup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  await updateSettings(setup, (settings) => {
    const brand = settings.brands[0] as unknown as { name: string; ownDomains: string[] };
    brand.name = 'Acme';
    brand.ownDomains = ['acme.example'];
    // A brand may have several accounts on a network: the settings keep a list per network.
    for (const [network, handle] of Object.entries(demoAccounts)) {
      settings.brands[0].accounts[network as keyof typeof demoAccounts] = [handle];
    }
  });
  await setup.close();
  return extensionId;
}
