import browser from 'webextension-polyfill';
import type { TabMessage } from '../shared/envelopes';
import { originPattern } from '../shared/mastodon-origin';

/**
 * The content script in tabs that were open before this copy of the extension started: after an
 * update, a reload or a re-enable their old script is dead, and Chrome injects manifest scripts
 * only into pages loaded later. Each tab is asked first; a live script answers and is left alone
 * (and a second copy that lands anyway steps aside, see src/content/single-instance.ts).
 */
export async function injectIntoOpenTabs(mastodonInstances: readonly string[]): Promise<number> {
  const manifest = browser.runtime.getManifest();
  const files = manifest.content_scripts?.[0]?.js ?? [];
  const patterns = [
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
    ...mastodonInstances.map(originPattern),
  ];
  if (!files.length || !patterns.length) return 0;
  const tabs = await browser.tabs.query({ url: patterns });
  let injected = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded || (await scriptAnswers(tab.id))) return;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files });
        injected++;
      } catch {
        // A tab we may not script (an instance whose permission was withdrawn, a closing tab).
      }
    }),
  );
  return injected;
}

async function scriptAnswers(tabId: number): Promise<boolean> {
  const ping: TabMessage = { type: 'ping' };
  try {
    return (await browser.tabs.sendMessage(tabId, ping)) === true;
  } catch {
    return false;
  }
}

/** Tells every tab's content script (those that listen) something changed. */
export async function tellOpenTabs(message: TabMessage): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined),
    ),
  );
}
