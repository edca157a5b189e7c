/**
 * The browser's own extension API, for the code every network page receives (the content script
 * and the messaging it shares with the extension's pages). webextension-polyfill is 3 KB gzipped of
 * a 30 KB budget there, and both browsers give us what we use natively: Firefox's `browser`, and
 * Chrome's `chrome`, whose `runtime.sendMessage` returns a promise in Manifest V3. A listener
 * answers through `sendResponse`, which both support. The background and the pages keep the
 * polyfill.
 */
export function extensionApi(): typeof chrome {
  const scope = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };
  return (scope.browser?.runtime ? scope.browser : scope.chrome) as typeof chrome;
}
