import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { Adapter } from '../platforms/adapter';
import { adapterForHost } from '../platforms/index';
import { send } from '../shared/messaging';
import { TabMessage } from '../shared/protocol';
import { activeBrand } from '../shared/settings-defaults';
import type { Settings } from '../shared/settings-schema';
import type { PanelActions } from '../ui/panel/state';
import { createAdvisor } from './advisor';
import { type CommentTracker, trackComments } from './comment-tracker';
import { composerFrom } from './composer-finder';
import { type ComposerSession, startComposerSession } from './composer-session';
import { guardDeletes } from './delete-guard';
import { guard, logDebug, setDebug } from './guard';
import { findCommentElement, jumpTo } from './jump';
import { createLifecycle, extensionAlive } from './lifecycle';
import { type MountedPanel, mountPanel } from './panel-mount';
import { createRequester } from './request';

/**
 * The content script: picks the network's adapter, mounts the panel beside the composer the user
 * focuses, feeds it advice, and tracks the page's comments. Every listener hangs off one
 * AbortSignal, so an extension update or removal stops everything at once.
 */
const lifecycle = createLifecycle();
const { signal } = lifecycle;
const request = createRequester(() => lifecycle.abort());

let settings: Settings | undefined;
let panel: MountedPanel | undefined;
let session: ComposerSession | undefined;
let sessionControl: AbortController | undefined;
let tracker: CommentTracker | undefined;

const brandHandle = (adapter: Adapter) =>
  adapter.network && settings ? activeBrand(settings).accounts[adapter.network] : undefined;

function actions(): PanelActions {
  return {
    toggleCollapsed: guard(() => void toggleCollapsed()),
    insertHashtag: guard((hashtag: string) => {
      session?.insert(needsSpaceBefore() ? ` ${hashtag}` : hashtag);
    }),
    insertText: guard((text: string) => session?.insert(text)),
    chooseCategory: guard((category) => {
      panel?.store.set({ chosenCategory: category });
      const draft = panel?.store.get().draft;
      if (draft && advisor) void advisor.advise(draft);
    }),
    markComment: guard(async (id: string, status) => {
      await request(() => send('comments.mark', { id, status }));
      await tracker?.refreshPanel();
    }),
    jumpToComment: guard((id: string) => {
      const element = findCommentElement(id);
      if (element) jumpTo(element);
    }),
    restoreDraft: guard(() => session?.restore()),
    dismissRestore: guard(() => panel?.store.set({ restorable: null })),
  };
}

/** A hashtag typed right after a word would glue to it: `word#Tag` is not a tag. */
function needsSpaceBefore(): boolean {
  return /\S$/u.test(panel?.store.get().draft?.text ?? '');
}

let advisor: ReturnType<typeof createAdvisor> | undefined;

function ensurePanel(): MountedPanel {
  if (panel) return panel;
  panel = mountPanel(actions(), signal);
  advisor = createAdvisor(panel.store, request, signal, () => lifecycle.abort());
  void request(() => send('prefs.get', { key: 'panelCollapsed' })).then((pref) => {
    if (typeof pref?.value === 'boolean') panel?.store.set({ collapsed: pref.value });
  });
  void tracker?.refreshPanel();
  return panel;
}

/** Collapsing is remembered across pages and reloads (through the background). */
async function toggleCollapsed(): Promise<void> {
  const { store } = ensurePanel();
  const collapsed = !store.get().collapsed;
  store.set({ collapsed });
  await request(() => send('prefs.set', { key: 'panelCollapsed', value: collapsed }));
}

function activate(adapter: Adapter, target: Element): void {
  const composer = adapter.composerFor(target);
  // The user is writing somewhere the adapter doesn't know: say at once if the page changed.
  if (!composer && adapter.network && composerFrom(target)) reportHealth(adapter);
  if (!composer || composer.element === session?.composer.element) return;
  const mounted = ensurePanel();
  sessionControl?.abort();
  const control = new AbortController();
  sessionControl = control;
  signal.addEventListener('abort', () => control.abort(), { signal: control.signal });
  // The composer going away (a modal closed, an SPA page changed) ends its session.
  session = startComposerSession({
    adapter,
    composer,
    store: mounted.store,
    host: mounted.host,
    advisor: advisor!,
    request,
    brandId: () => (settings ? activeBrand(settings).id : 'brand-1'),
    onPublished: () => {
      setTimeout(() => tracker?.rescan(), 1_500);
    },
    signal: control.signal,
  });
}

function reportHealth(adapter: Adapter): void {
  const health = adapter.health(document);
  if (settings?.debugSelectors) console.debug('[SMM Assistant] selectors matched', health.matched);
  if (health.composerMissing || health.commentsMissing) {
    ensurePanel().store.set({
      health: { composerMissing: health.composerMissing, commentsMissing: health.commentsMissing },
    });
  } else {
    panel?.store.set({ health: null });
  }
}

async function boot(): Promise<void> {
  settings = await request(() => send('settings.get', {}));
  setDebug(Boolean(settings?.debugSelectors));
  const mastodonHosts = (settings?.mastodonInstances ?? []).map((origin) => new URL(origin).hostname);
  const adapter = await adapterForHost(location.hostname, mastodonHosts);
  if (signal.aborted) return;

  document.addEventListener(
    'focusin',
    guard((event: FocusEvent) => {
      if (!extensionAlive()) return lifecycle.abort();
      // Focus inside our own panel arrives retargeted to its host: not a composer.
      const target = event.composedPath()[0] ?? event.target;
      if (!(target instanceof Element) || target.localName === 'smm-assistant') return;
      activate(adapter, target);
    }),
    { capture: true, signal },
  );
  const focused = document.activeElement;
  if (focused && focused !== document.body) activate(adapter, focused);

  if (adapter.network) {
    tracker = trackComments({
      adapter,
      request,
      brandHandle: () => brandHandle(adapter),
      onPageComments: (items, elsewhere) =>
        panel?.store.set({ unanswered: items, awaitingElsewhere: elsewhere, now: Date.now() }),
      signal,
    });
    guardDeletes({
      adapter,
      scanContext: () => ({ brandHandle: brandHandle(adapter), pageUrl: location.href }),
      enabled: () => settings?.deleteGuard !== false,
      show: (deleteGuard) => {
        const { store } = ensurePanel();
        store.set({ deleteGuard, ...(deleteGuard ? { collapsed: false } : {}) });
      },
      signal,
    });
    // Health is judged once the page had time to build itself, and again on demand.
    setTimeout(
      guard(() => reportHealth(adapter)),
      3_000,
    );
  }
}

const onTabMessage = guard((message: unknown) => {
  const parsed = v.safeParse(TabMessage, message);
  if (!parsed.success) return;
  if (parsed.output.type === 'panel.toggle') void toggleCollapsed();
});
browser.runtime.onMessage.addListener(onTabMessage);
signal.addEventListener('abort', () => {
  try {
    browser.runtime.onMessage.removeListener(onTabMessage);
  } catch {
    // The runtime is already gone.
  }
});

boot().catch((error: unknown) => logDebug(error));
