import { backupHandlers } from './backup';
import { commentsHandlers } from './comments';
import type { HandlerContext, Handlers } from './context';
import { dataHandlers } from './data';
import { draftsHandlers } from './drafts';
import { mastodonHandlers } from './mastodon';
import { pageHandlers } from './page';
import { planHandlers } from './plan';
import { popupHandlers } from './popup';
import { postsHandlers } from './posts';
import { prefsHandlers } from './prefs';
import { reportHandlers } from './report';
import { settingsHandlers } from './settings';

export type { HandlerContext, Handlers } from './context';

/**
 * Every request's handler, one domain per file, merged into one map that must answer every request
 * type of the protocol (the compiler checks none is missing). All state lives in IndexedDB.
 */
export function createHandlers(context: HandlerContext): Handlers {
  return {
    ping: async () => ({ pong: true, version: context.version }),
    ...settingsHandlers(context),
    ...prefsHandlers(),
    ...postsHandlers(),
    ...draftsHandlers(context),
    ...pageHandlers(context),
    ...commentsHandlers(context),
    ...popupHandlers(),
    ...dataHandlers(context),
    ...mastodonHandlers(context),
    ...backupHandlers(context),
    ...planHandlers(context),
    ...reportHandlers(),
  };
}
