import type { Adapter } from '../platforms/adapter';
import { composerFrom } from '../platforms/composer-finder';
import { sameAccount } from '../platforms/dom';
import { guard, logDebug, safely, setDebug } from '../platforms/guard';
import { adapterFor } from '../platforms/index';
import { tabMessageOf } from '../shared/envelopes';
import { extensionApi } from '../shared/extension-api';
import { send } from '../shared/messaging';
import type { PageBrand, PageContext } from '../shared/protocol';
import type { PanelActions } from '../ui/panel/state';
import { type Advisor, createAdvisor } from './advisor';
import { type CommentTracker, trackComments } from './comment-tracker';
import { type ComposerSession, startComposerSession } from './composer-session';
import { guardDeletes } from './delete-guard';
import { jumpTo } from './jump';
import { createLifecycle, extensionAlive } from './lifecycle';
import { type MountedPanel, mountPanel } from './panel-mount';
import { createRequester } from './request';
import { claimPage } from './single-instance';

/**
 * The content script: the eyes and hands of the extension in the network's page. It picks the
 * network's adapter, mounts the panel beside the composer the user focuses, sends the settled
 * draft to the background and renders its advice, and tracks the page's comments. Every listener
 * hangs off one AbortSignal, so an extension update or removal stops everything at once.
 */
const lifecycle = createLifecycle();
const { signal } = lifecycle;
const request = createRequester(() => lifecycle.abort());

let page: PageContext | undefined;
let panel: MountedPanel | undefined;
let advisor: Advisor | undefined;
let session: ComposerSession | undefined;
let sessionControl: AbortController | undefined;
let tracker: CommentTracker | undefined;
/** The brand the user picked in the panel, for this page. */
let chosenBrandId: string | undefined;
let pageAdapter: Adapter | undefined;

function actions(): PanelActions {
  return {
    toggleCollapsed: guard(() => void toggleCollapsed()),
    insertHashtag: guard((hashtag: string) => session?.insertHashtag(hashtag)),
    insertText: guard((text: string) => session?.insert(text)),
    chooseCategory: guard((category) => {
      panel?.store.set({ chosenCategory: category });
      void advisor?.refresh();
    }),
    markComment: guard(async (id: string, status) => {
      await request(() => send('comments.mark', { id, status }));
      await tracker?.refreshPanel();
    }),
    jumpToComment: guard((id: string) => {
      const element = adapterFor(page?.network ?? null).commentElement(id);
      if (element) jumpTo(element);
    }),
    restoreDraft: guard(() => session?.restore()),
    dismissRestore: guard(() => panel?.store.set({ restorable: null })),
    chooseBrand: guard((brandId: string) => {
      chosenBrandId = brandId;
      showBrand();
      void advisor?.refresh();
      tracker?.rescan();
      void tracker?.refreshPanel();
    }),
    nameAccount: guard(() => {
      if (page?.network) void request(() => send('options.account', { network: page!.network! }));
    }),
  };
}

function ensurePanel(): MountedPanel {
  if (panel) return panel;
  const mounted = mountPanel(actions(), signal);
  panel = mounted;
  mounted.store.set({ collapsed: page?.panelCollapsed ?? false });
  advisor = createAdvisor(mounted.store, request, signal, () => mounted.store.get().chosenCategory);
  showBrand();
  void tracker?.refreshPanel();
  return mounted;
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
    chosenCategory: () => mounted.store.get().chosenCategory,
    onPublished: () => {
      setTimeout(() => tracker?.rescan(), 1_500);
    },
    signal: control.signal,
  });
}

/**
 * The brand the panel advises for: the user's pick in the panel, else the brand one of whose
 * accounts the page is signed in as, else the active brand.
 */
function panelBrand(): PageBrand | undefined {
  if (!page) return undefined;
  const { brands } = page;
  const chosen = chosenBrandId && brands.find((brand) => brand.id === chosenBrandId);
  if (chosen) return chosen;
  const account = pageAdapter?.signedInAccount(document) ?? '';
  const signedIn =
    account && brands.find((brand) => brand.accounts.some((handle) => sameAccount(handle, account)));
  return signedIn || brands.find((brand) => brand.id === page?.activeBrandId) || brands[0];
}

/** The panel's brand line, and the notice while the brand has no account on this network. */
function showBrand(): void {
  const brand = panelBrand();
  if (!panel || !page || !brand) return;
  panel.store.set({
    brand: { id: brand.id, name: brand.name },
    brands: page.brands.map(({ id, name }) => ({ id, name })),
    accountMissing: page.network && brand.accounts.length === 0 ? page.network : null,
  });
}

function reportHealth(adapter: Adapter): void {
  const health = adapter.health(document);
  if (page?.debugSelectors) console.debug('[SMM Assistant] selectors matched', health.matched);
  if (health.composerMissing || health.commentsMissing) {
    ensurePanel().store.set({
      health: { composerMissing: health.composerMissing, commentsMissing: health.commentsMissing },
    });
  } else {
    panel?.store.set({ health: null });
  }
}

/** The page's context from the background: at start, and again whenever settings change. */
async function loadPageContext(): Promise<PageContext | undefined> {
  const answer = await request(() => send('page.context', {}));
  if (answer) {
    page = answer;
    setDebug(answer.debugSelectors);
  }
  return answer;
}

async function boot(): Promise<void> {
  const context = await loadPageContext();
  if (!context || signal.aborted) return;
  const adapter = adapterFor(context.network);
  pageAdapter = adapter;

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
      brandHandles: () => panelBrand()?.accounts ?? [],
      brandId: () => panelBrand()?.id,
      onPageComments: (items, elsewhere) =>
        panel?.store.set({ unanswered: items, awaitingElsewhere: elsewhere, now: Date.now() }),
      signal,
    });
    guardDeletes({
      adapter,
      scanContext: () => ({ brandHandles: panelBrand()?.accounts ?? [], pageUrl: location.href }),
      enabled: () => page?.deleteGuard !== false,
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

/** A saved option shows at once: the page's context and the advice are asked again. */
async function onSettingsChanged(): Promise<void> {
  await loadPageContext();
  showBrand();
  tracker?.rescan();
  await advisor?.refresh();
  await tracker?.refreshPanel();
}

const onTabMessage = (message: unknown): Promise<boolean> | undefined =>
  safely(() => {
    switch (tabMessageOf(message)?.type) {
      case 'ping':
        return Promise.resolve(true);
      case 'panel.toggle':
        void toggleCollapsed();
        return undefined;
      case 'settings.changed':
        void onSettingsChanged().catch(logDebug);
        return undefined;
    }
  }, undefined);

/** Answers through `sendResponse` (the native API's way in both browsers); true keeps it open. */
const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
  const answer = onTabMessage(message);
  if (!answer) return false;
  answer.then(sendResponse, () => sendResponse(undefined));
  return true;
};

if (claimPage(extensionAlive, () => lifecycle.abort(), signal)) {
  extensionApi().runtime.onMessage.addListener(onMessage);
  // The runtime may already be gone.
  signal.addEventListener(
    'abort',
    guard(() => extensionApi().runtime.onMessage.removeListener(onMessage)),
  );
  boot().catch((error: unknown) => logDebug(error));
} else {
  // A live copy already serves this page.
  lifecycle.abort();
}
