import browser from 'webextension-polyfill';
import type { TabMessage } from '../shared/protocol';
import { createHandlers } from './handlers';
import { dispatch } from './router';

// Listeners are registered synchronously at the top level: the worker may be stopped at any
// moment and must wake up for the next message with nothing kept in memory.
const handlers = createHandlers(browser.runtime.getManifest().version);

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  dispatch(message, { tabId: sender.tab?.id, url: sender.url }, handlers),
);

browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'toggle-panel') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: TabMessage = { type: 'panel.toggle' };
  // A tab without our content script has no receiver; nothing to toggle there.
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
});
