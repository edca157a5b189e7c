import type { Adapter } from '../platforms/adapter';
import { guard, logDebug } from '../platforms/guard';
import type { SeenComment } from '../shared/comment';
import { send } from '../shared/messaging';
import type { UnansweredItem } from '../ui/panel/state';
import type { Requester } from './request';
import { idleTask } from './schedule';

/** More added nodes than this in one batch: rescan the roots instead of walking each node. */
const HUGE_BATCH = 1_000;
/** How often to look again for the containers to observe while the page is still building them. */
const ROOT_RETRY_MS = 2_000;
const ROOT_RETRIES = 15;

export interface CommentTracker {
  /** Scans everything again (after a publish: the brand's reply changes what is answered). */
  rescan(): void;
  /** The page's awaiting comments, for the panel. */
  refreshPanel(): Promise<void>;
}

export interface CommentTrackerOptions {
  adapter: Adapter;
  request: Requester;
  brandHandle: () => string | undefined;
  /** Receives this page's awaiting comments whenever they may have changed. */
  onPageComments: (items: UnansweredItem[], elsewhere: number) => void;
  signal: AbortSignal;
}

/**
 * Reads the comments of the page through the adapter and hands them to the background. The first
 * scan reads the observed roots; later scans read only the nodes the page added, batched in idle
 * time. A batch too large to walk node by node becomes one rescan.
 */
export function trackComments(options: CommentTrackerOptions): CommentTracker {
  const { adapter, request, signal } = options;
  const pending = new Set<Element>();
  let full = true;
  let pageUrl = location.href;
  const observed = new WeakSet<Element>();
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
    await request(() => send('comments.seen', { pageUrl, comments: comments.slice(0, 2_000) }));
    await refreshPanel();
  };

  const scan = idleTask(
    guard(() => {
      if (signal.aborted) return;
      if (location.href !== pageUrl) {
        // A single-page app moved to another page: what we saw belongs to the old one.
        pageUrl = location.href;
        full = true;
        void refreshPanel();
      }
      const context = { brandHandle: options.brandHandle(), pageUrl };
      let comments: SeenComment[];
      if (full) {
        full = false;
        pending.clear();
        comments = adapter.observedRoots(document).flatMap((root) => adapter.comments(root, context));
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

  const observeRoots = (attempt: number) => {
    if (signal.aborted) return;
    const roots = adapter.observedRoots(document).filter((root) => !observed.has(root));
    for (const root of roots) {
      observed.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
    if (roots.length || attempt === 0) {
      full = true;
      scan.schedule();
    }
    if (attempt < ROOT_RETRIES) setTimeout(() => observeRoots(attempt + 1), ROOT_RETRY_MS);
  };

  const refreshPanel = async () => {
    const page = await request(() => send('comments.page', { pageUrl }));
    if (!page || signal.aborted) return;
    options.onPageComments(
      page.items.map((item) => ({ ...item, onPage: true })),
      page.awaitingElsewhere,
    );
  };

  signal.addEventListener('abort', () => {
    observer.disconnect();
    scan.cancel();
  });
  observeRoots(0);

  return {
    rescan() {
      full = true;
      scan.schedule();
    },
    refreshPanel,
  };
}
