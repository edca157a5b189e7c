import { safely } from '../platforms/guard';
import { extensionApi } from '../shared/extension-api';

/**
 * An AbortController for the content script's whole life. It aborts when the extension is
 * updated or removed under the page ("Extension context invalidated"): from then on every
 * listener and observer registered with its signal is gone, and nothing throws into the page.
 */
export function createLifecycle(): AbortController {
  const controller = new AbortController();
  // A content script of a reloaded extension loses its runtime id; checking on each user event
  // is cheaper than a timer and soon enough.
  const check = () => {
    if (!extensionAlive()) controller.abort();
  };
  for (const type of ['focusin', 'visibilitychange', 'pointerdown']) {
    document.addEventListener(type, check, { capture: true, signal: controller.signal, passive: true });
  }
  return controller;
}

export function extensionAlive(): boolean {
  return safely(() => Boolean(extensionApi()?.runtime?.id), false);
}
