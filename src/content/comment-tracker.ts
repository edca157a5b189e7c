import type { Adapter } from '../platforms/adapter';
import { guard, logDebug } from '../platforms/guard';
import { FIELD_LIMITS } from '../platforms/thread';
import type { SeenComment } from '../shared/comment';
import { send } from '../shared/messaging';
import type { UnansweredItem } from '../ui/panel/state';
import type { Requester } from './request';
import { idleTask } from './schedule';

/** More added nodes than this in one batch: rescan the roots instead of walking each node. */
const HUGE_BATCH = 1_000;
/**
 * How often to look again for the containers to observe and for a new address: single-page apps
 * change both without a load (history API, a feed root replaced), at any time, not just at start.
 * A content script can't see the page's `pushState`; one `querySelectorAll` a second is cheap.
 */
const ROOT_CHECK_MS = 1_000;
/** The most comments one message carries (the protocol's limit); a bigger scan goes in chunks. */
export const COMMENTS_PER_MESSAGE = 2_000;

/** The page's address as comments record it: clipped to what the background accepts. */
function pageAddress(): string {
  return location.href.slice(0, FIELD_LIMITS.pageUrl);
}

export interface CommentTracker {
  /** Scans everything again (after a publish: the brand's reply changes what is answered). */
  rescan(): void;
  /** The page's awaiting comments, for the panel. */
  refreshPanel(): Promise<void>;
}

export interface CommentTrackerOptions {
  adapter: Adapter;
  request: Requester;
  /** The accounts, on this network, of the brand the panel advises for (empty: track nothing). */
  brandHandles: () => readonly string[];
  /** That brand's id, which every comment seen here carries. */
  brandId: () => string | undefined;
  /** Receives this page's awaiting comments whenever they may have changed. */
  onPageComments: (items: UnansweredItem[], elsewhere: number) => void;
  signal: AbortSignal;
}

/**
 * Reads the comments of the page through the adapter and hands them to the background. A full scan
 * reads the observed roots (at start, on a new address, when the page replaced its roots); later
 * scans read only the nodes the page added, batched in idle time. A batch too large to walk node by
 * node becomes one rescan.
 */
export function trackComments(options: CommentTrackerOptions): CommentTracker {
  const { adapter, request, signal } = options;
  const pending = new Set<Element>();
  let full = true;
  let pageUrl = pageAddress();
  let roots: Element[] = [];
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) pending.add(node);
    }
    if (pending.size > HUGE_BATCH) {
      pending.clear();
      full = true;
    }
    if (full || pending.size) scan.schedule();
  });

  const report = async (comments: SeenComment[]) => {
    if (!comments.length) return;
    const brandId = options.brandId();
    for (let start = 0; start < comments.length; start += COMMENTS_PER_MESSAGE) {
      const chunk = comments.slice(start, start + COMMENTS_PER_MESSAGE);
      await request(() =>
        send('comments.seen', { pageUrl, comments: chunk, ...(brandId ? { brandId } : {}) }),
      );
      if (signal.aborted) return;
    }
    await refreshPanel();
  };

  const scan = idleTask(
    guard(() => {
      if (signal.aborted) return;
      const context = { brandHandles: options.brandHandles(), pageUrl };
      let comments: SeenComment[];
      if (full) {
        full = false;
        pending.clear();
        comments = roots.flatMap((root) => adapter.comments(root, context));
      } else {
        const nodes = [...pending].filter((node) => node.isConnected);
        pending.clear();
        comments = nodes.flatMap((node) => adapter.comments(node, context));
      }
      const unique = [...new Map(comments.map((comment) => [comment.id, comment])).values()];
      logDebug('comment scan', unique.length);
      void report(unique);
    }),
    500,
  );

  /** Follows the page: a new address or new roots mean a full scan of what is there now. */
  const watch = guard(() => {
    if (signal.aborted) return;
    const moved = pageAddress() !== pageUrl;
    if (moved) {
      // A single-page app moved to another page: what we saw belongs to the old one.
      pageUrl = pageAddress();
      void refreshPanel();
    }
    const found = adapter.observedRoots(document);
    const replaced = found.length !== roots.length || found.some((root, index) => root !== roots[index]);
    if (replaced) {
      observer.disconnect();
      roots = found;
      for (const root of roots) observer.observe(root, { childList: true, subtree: true });
    }
    if (moved || replaced) {
      full = true;
      scan.schedule();
    }
  });

  const refreshPanel = async () => {
    const brandId = options.brandId();
    const page = await request(() => send('comments.page', { pageUrl, ...(brandId ? { brandId } : {}) }));
    if (!page || signal.aborted) return;
    options.onPageComments(
      page.items.map((item) => ({ ...item, onPage: true })),
      page.awaitingElsewhere,
    );
  };

  const timer = setInterval(watch, ROOT_CHECK_MS);
  addEventListener('popstate', watch, { signal });
  signal.addEventListener('abort', () => {
    clearInterval(timer);
    observer.disconnect();
    scan.cancel();
  });
  watch();
  full = true;
  scan.schedule();

  return {
    rescan() {
      full = true;
      scan.schedule();
    },
    refreshPanel,
  };
}
