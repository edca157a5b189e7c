import { h, render } from 'preact';
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { isContextInvalidated, send } from '../shared/messaging';
import { TabMessage } from '../shared/protocol';
import { Panel } from '../ui/panel/Panel';
import panelCss from '../ui/panel/panel.css?inline';
import { createPanelState, type PanelStore } from '../ui/panel/state';
import { composerFrom } from './composer-finder';
import { readComposerText } from './draft-text';
import { countGraphemes } from './graphemes';
import { guard, logDebug } from './guard';
import { createLifecycle, extensionAlive } from './lifecycle';
import { networkForHost } from './network-for-host';
import { createPanelHost } from './panel-host';

/** How long typing must pause before the panel recomputes: keeps work off the keystroke path. */
const UPDATE_DELAY_MS = 80;

const lifecycle = createLifecycle();
const { signal } = lifecycle;
const network = networkForHost(location.hostname);
let store: PanelStore | null = null;
let composerWatch: AbortController | null = null;

/** A request to the background; a dead extension ends this content script quietly. */
async function request<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (isContextInvalidated(error) || !extensionAlive()) lifecycle.abort();
    else logDebug(error);
    return undefined;
  }
}

function mountPanel(): PanelStore {
  if (store) return store;
  const panelStore = createPanelState();
  const { shadow } = createPanelHost(panelCss, signal);
  const root = document.createElement('div');
  shadow.append(root);
  render(h(Panel, { store: panelStore, onToggleCollapsed: guard(() => toggleCollapsed(panelStore)) }), root);
  signal.addEventListener('abort', () => render(null, root));
  void request(() => send('prefs.get', { key: 'panelCollapsed' })).then((pref) => {
    if (typeof pref?.value === 'boolean') panelStore.set({ collapsed: pref.value });
  });
  store = panelStore;
  return panelStore;
}

/** Collapsing is remembered across pages and reloads (through the background). */
async function toggleCollapsed(panel: PanelStore): Promise<void> {
  const collapsed = !panel.get().collapsed;
  panel.set({ collapsed });
  await request(() => send('prefs.set', { key: 'panelCollapsed', value: collapsed }));
}

function updateDraft(composer: HTMLElement): void {
  if (!store || !composer.isConnected) return;
  const text = readComposerText(composer);
  store.set({
    draft: { text, network: network ?? 'x', kind: 'post', attachments: [] },
    characters: countGraphemes(text),
  });
}

/** Follows one composer: its input events and its own DOM changes, nothing else on the page. */
function watchComposer(composer: HTMLElement): void {
  composerWatch?.abort();
  const watch = new AbortController();
  composerWatch = watch;
  signal.addEventListener('abort', () => watch.abort(), { signal: watch.signal });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = guard(() => {
    clearTimeout(timer);
    timer = setTimeout(
      guard(() => updateDraft(composer)),
      UPDATE_DELAY_MS,
    );
  });
  composer.addEventListener('input', schedule, { signal: watch.signal });
  const observer = new MutationObserver(schedule);
  observer.observe(composer, { childList: true, subtree: true, characterData: true });
  watch.signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  updateDraft(composer);
}

document.addEventListener(
  'focusin',
  guard((event: FocusEvent) => {
    if (!extensionAlive()) return lifecycle.abort();
    // Focus inside our own panel arrives retargeted to its host: not a composer.
    if (event.target instanceof Element && event.target.localName === 'smm-assistant') return;
    const composer = composerFrom(event.composedPath()[0] ?? event.target);
    if (!composer) return;
    mountPanel();
    watchComposer(composer);
  }),
  { capture: true, signal },
);

const onTabMessage = guard((message: unknown) => {
  const parsed = v.safeParse(TabMessage, message);
  if (!parsed.success) return;
  if (parsed.output.type === 'panel.toggle') void toggleCollapsed(mountPanel());
});
browser.runtime.onMessage.addListener(onTabMessage);
signal.addEventListener('abort', () => {
  try {
    browser.runtime.onMessage.removeListener(onTabMessage);
  } catch {
    // The runtime is already gone.
  }
});
