import { logDebug } from '../platforms/guard';
import { extensionAlive } from './lifecycle';

/**
 * Wraps requests to the background: a dead extension (updated or removed under the page) ends
 * this content script quietly through `onDead`; other failures are logged for debugging only.
 */
export function createRequester(onDead: () => void) {
  return async function request<T>(call: () => Promise<T>): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      // A failed request from an extension that lost its runtime means it was updated or removed.
      if (!extensionAlive()) onDead();
      else logDebug(error);
      return undefined;
    }
  };
}

/** Named apart from the DOM's `Request`, which it would shadow. */
export type Requester = ReturnType<typeof createRequester>;
