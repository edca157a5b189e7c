import type { RequestPayload, RequestType, ResponseData } from '../../shared/protocol';
import type { ScriptingDeps } from '../mastodon';

/** Who sent a request, as the worker saw it. */
export interface Sender {
  tabId?: number;
  /** The sending page: an extension page's own URL, or the web page a content script runs in. */
  url?: string;
  /** True only for the extension's own pages (popup, options): they may change or reveal everything. */
  fromExtension: boolean;
}

/** What every domain's handlers may use: the clock, what to tell after a change, the browser. */
export interface HandlerContext {
  version: string;
  now: () => number;
  /** Refresh the badge and reminders after comments changed. */
  commentsChanged: () => void;
  /** Tell open tabs their context and advice may have changed. */
  settingsChanged: () => void;
  /** Absent in unit tests: instances are then saved without registering a content script. */
  scripting?: ScriptingDeps;
  /** Opens the options page at a field (its element id); absent in unit tests. */
  openOptions?: (fieldId: string) => Promise<void>;
}

/** A handler per request type: each domain file answers some of them. */
export type Handlers = {
  [K in RequestType]: (payload: RequestPayload<K>, sender: Sender) => Promise<ResponseData[K]>;
};

export type DomainHandlers<K extends RequestType> = Pick<Handlers, K>;
