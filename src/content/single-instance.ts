/**
 * One live content script per page. A copy can land beside another: the background injects the
 * script into open tabs after an update, Firefox also does on its own, and a tab opened during
 * the sweep gets both. Copies meet through a DOM event, which every isolated world on the page
 * sees, synchronously:
 * - a copy whose extension went away (an update or reload left it behind) ends itself at once,
 *   taking its panel and listeners with it, instead of waiting for the user's next event;
 * - a live copy cancels the event, and the newcomer steps aside.
 */
const HELLO = 'smm-assistant:hello';

/**
 * Announces this copy. Returns false when a live copy is already here (this one must not start);
 * otherwise listens for later copies until `signal` aborts, calling `onSuperseded` if this copy is
 * found dead by one.
 */
export function claimPage(alive: () => boolean, onSuperseded: () => void, signal: AbortSignal): boolean {
  const hello = new CustomEvent(HELLO, { cancelable: true });
  if (!document.dispatchEvent(hello)) return false;
  document.addEventListener(
    HELLO,
    (event) => {
      if (alive()) event.preventDefault();
      else onSuperseded();
    },
    { signal },
  );
  return true;
}
