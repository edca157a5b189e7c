import { logDebug } from '../platforms/guard';

export const PANEL_TAG = 'smm-assistant';

/** Re-attaching more often than this in a minute means the page fights us: stop trying. */
const MAX_REATTACH_PER_MINUTE = 5;

export interface PanelHost {
  host: HTMLElement;
  shadow: ShadowRoot;
}

/**
 * Creates `<smm-assistant>` with an open shadow root, attached to `<html>` (frameworks replace
 * `<body>`'s children, rarely `<html>`'s). If the page removes it, it is put back, a few times at
 * most; a page that keeps removing it wins. Watching `<html>`'s direct children only is cheap.
 */
export function createPanelHost(css: string, signal: AbortSignal): PanelHost {
  const host = document.createElement(PANEL_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  // The shadow root is open (docs/ARCHITECTURE.md), so the page's scripts can reach our buttons: only the
  // user's own input may act. Stopped at the root, before any button of the panel sees it.
  for (const type of ['click', 'keydown', 'keyup', 'input', 'change', 'submit', 'pointerdown']) {
    shadow.addEventListener(
      type,
      (event) => {
        if (!event.isTrusted) event.stopImmediatePropagation();
      },
      { capture: true, signal },
    );
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.append(style);
  document.documentElement.append(host);

  const reattachTimes: number[] = [];
  const observer = new MutationObserver(() => {
    if (host.isConnected) return;
    const now = performance.now();
    while (reattachTimes.length && now - reattachTimes[0] > 60_000) reattachTimes.shift();
    if (reattachTimes.length >= MAX_REATTACH_PER_MINUTE) {
      logDebug('the page keeps removing the panel; leaving it out');
      observer.disconnect();
      return;
    }
    reattachTimes.push(now);
    document.documentElement.append(host);
  });
  observer.observe(document.documentElement, { childList: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    host.remove();
  });
  return { host, shadow };
}
