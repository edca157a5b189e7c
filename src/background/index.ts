import './warm-start';
import browser from 'webextension-polyfill';
import { todayKey } from '../calendar/day';
import type { TabMessage } from '../shared/envelopes';
import { settingsFor } from '../shared/settings-defaults';
import { getComment } from '../store/comments-repo';
import { readSettings } from '../store/settings-repo';
import { whenHolidaysReady } from './advice';
import { createHandlers } from './handlers';
import { prepareHolidays } from './holiday-years';
import { housekeeping } from './housekeeping';
import { placeOf } from './language';
import { syncMastodonScripts } from './mastodon';
import { injectIntoOpenTabs, tellOpenTabs } from './open-tabs';
import { checkReminders, commentIdFromNotification, reminderAlarm } from './reminders';
import { storeReminderDeps } from './reminders-deps';
import { dispatch } from './router';
import { browserScriptingDeps } from './scripting-deps';

// Listeners are registered synchronously at the top level: the worker may be stopped at any
// moment and must wake up for the next message or alarm with nothing kept in memory.

function runReminders(): void {
  checkReminders(
    {
      ...storeReminderDeps,
      setBadge: async ({ text, color }) => {
        await browser.action.setBadgeText({ text });
        await browser.action.setBadgeBackgroundColor({ color });
      },
      notify: async ({ id, title, message }) => {
        await browser.notifications.create(id, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('icons/icon-128.png'),
          title,
          message,
        });
      },
    },
    Date.now(),
  ).catch((error: unknown) => console.warn('SMM Assistant: reminder check failed', error));
}

const handlers = createHandlers({
  version: browser.runtime.getManifest().version,
  now: Date.now,
  commentsChanged: runReminders,
  settingsChanged: () => void tellOpenTabs({ type: 'settings.changed' }),
  scripting: browserScriptingDeps,
  openOptions: async (fieldId) => {
    await browser.tabs.create({ url: `${browser.runtime.getURL('src/ui/options/index.html')}#${fieldId}` });
  },
});

const extensionOrigin = browser.runtime.getURL('');
// Holidays computed behind a first answer: open panels ask again, and get them.
whenHolidaysReady(() => void tellOpenTabs({ type: 'settings.changed' }));

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  dispatch(
    message,
    {
      tabId: sender.tab?.id,
      url: sender.url,
      // The popup and options pages are ours; a content script's sender URL is its web page's.
      fromExtension: sender.id === browser.runtime.id && Boolean(sender.url?.startsWith(extensionOrigin)),
    },
    handlers,
  ),
);

browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'toggle-panel') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const message: TabMessage = { type: 'panel.toggle' };
  // A tab without our content script has no receiver; nothing to toggle there.
  await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== reminderAlarm.name) return;
  runReminders();
  void housekeeping(Date.now());
});

browser.notifications.onClicked.addListener(async (notificationId) => {
  const commentId = commentIdFromNotification(notificationId);
  const comment = commentId ? await getComment(commentId) : undefined;
  await browser.tabs.create({ url: comment?.pageUrl ?? browser.runtime.getURL('src/ui/popup/index.html') });
  await browser.notifications.clear(notificationId);
});

/**
 * Chores of a starting worker, none urgent: the worker mostly starts because a page asked for
 * advice, and that answer comes first (docs/ARCHITECTURE.md budget: 400 ms from a cold worker). Each chore
 * only does what is missing, so running them at every start is safe.
 */
function startupChores(): void {
  // Alarms survive restarts of the worker but not every update; make sure ours exists.
  void browser.alarms.get(reminderAlarm.name).then((existing) => {
    if (!existing)
      void browser.alarms.create(reminderAlarm.name, { periodInMinutes: reminderAlarm.periodInMinutes });
  });
  runReminders();
  // The content script on the user's Mastodon instances: registered again if an update dropped it.
  void readSettings()
    .then((settings) => syncMastodonScripts(settings.mastodonInstances, browserScriptingDeps))
    .catch((error: unknown) => console.warn('SMM Assistant: Mastodon instances not synced', error));

  // Once per life of this copy of the extension (installed, updated, reloaded, re-enabled; not at
  // each wake of the worker): open tabs get a live content script. Session storage is empty then.
  // Each brand's holidays for this week, computed now if never before, so the panel has them.
  void readSettings()
    .then((all) =>
      Promise.all(
        all.brands.map((brand) => {
          const settings = settingsFor(all, brand.id);
          return prepareHolidays(placeOf(settings), todayKey(Date.now(), settings), { wait: true });
        }),
      ),
    )
    .catch((error: unknown) => console.warn('SMM Assistant: holidays not prepared', error));

  void browser.storage.session
    .get('openTabsSwept')
    .then(async (stored) => {
      if (stored.openTabsSwept) return;
      await browser.storage.session.set({ openTabsSwept: true });
      await injectIntoOpenTabs((await readSettings()).mastodonInstances);
    })
    .catch((error: unknown) => console.warn('SMM Assistant: open tabs not reached', error));
}
setTimeout(startupChores, 1_000);
