import type { HandlerContext } from './context';

/** A handler context for unit tests: a fixed clock, no browser, changes told to nobody. */
export function testContext(version = '1.0.0', now: () => number = Date.now): HandlerContext {
  return { version, now, commentsChanged: () => {}, settingsChanged: () => {} };
}
