/**
 * The content script runs inside someone else's page: nothing it does may throw into that page.
 * Every listener and callback is wrapped here; errors go to a debug log only.
 */
let debug = false;

export function setDebug(enabled: boolean): void {
  debug = enabled;
}

export function logDebug(...args: unknown[]): void {
  if (debug) console.debug('[SMM Assistant]', ...args);
}

export function guard<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => logDebug(error));
    } catch (error) {
      logDebug(error);
    }
  };
}
