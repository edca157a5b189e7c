/**
 * Runs `task` once the page is idle (or after `timeout` ms at the latest), coalescing repeated
 * calls: work triggered by typing or by the page's mutations stays off their path.
 */
export function idleTask(task: () => void, timeout = 200): { schedule(): void; cancel(): void } {
  let handle: number | undefined;
  const hasIdle = typeof requestIdleCallback === 'function';
  const run = () => {
    handle = undefined;
    task();
  };
  return {
    schedule() {
      if (handle !== undefined) return;
      handle = hasIdle ? requestIdleCallback(run, { timeout }) : (setTimeout(run, 16) as unknown as number);
    },
    cancel() {
      if (handle === undefined) return;
      if (hasIdle) cancelIdleCallback(handle);
      else clearTimeout(handle);
      handle = undefined;
    },
  };
}

/** Runs `task` after `delay` ms without a new call (typing pauses). */
export function debounce(
  task: () => void,
  delay: number,
): { schedule(): void; cancel(): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        task();
      }, delay);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      task();
    },
  };
}
