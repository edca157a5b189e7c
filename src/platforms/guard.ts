/**
 * The content script runs inside someone else's page: nothing it does may throw into that page.
 * This is the one way to say so. `safely` answers a read with a fallback when the page's markup (or
 * a runtime gone after an update) makes it throw; `guard` wraps a listener or callback, async ones
 * included. Errors go to the debug log only (the options' "log selectors" switch).
 */
let debug = false;

export function setDebug(enabled: boolean): void {
  debug = enabled;
}

export function logDebug(...args: unknown[]): void {
  if (debug) console.debug('[SMM Assistant]', ...args);
}

/** `read()`, or `fallback` if it threw. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (error) {
    logDebug(error);
    return fallback;
  }
}

/** `fn` as a listener that never throws, nor leaves a rejected promise behind. */
export function guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) =>
    safely(() => {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => logDebug(error));
    }, undefined);
}
