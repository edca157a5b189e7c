import * as v from 'valibot';
import browser from 'webextension-polyfill';
import type { HolidayYear } from '../calendar/holidays';

/**
 * Chrome's offscreen document: the service worker asks it for years of holidays, and it has a worker
 * compute them with date-holidays, which the service worker never loads (src/background/
 * holiday-computer.ts). The worker is the document's reason to exist (`WORKERS`).
 */
const Request = v.strictObject({
  target: v.literal('offscreen'),
  type: v.literal('holidays.compute'),
  requests: v.pipe(
    v.array(
      v.strictObject({
        country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/)),
        region: v.optional(v.pipe(v.string(), v.maxLength(10))),
        year: v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200)),
      }),
    ),
    v.maxLength(50),
  ),
});

browser.runtime.onMessage.addListener((message: unknown) => {
  const parsed = v.safeParse(Request, message);
  // Not for this document (or malformed): another part of the extension may answer it.
  if (!parsed.success) return undefined;
  return compute(parsed.output.requests);
});

function compute(requests: v.InferOutput<typeof Request>['requests']): Promise<HolidayYear[]> {
  const worker = new Worker(new URL('./holiday-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<HolidayYear[]>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<HolidayYear[]>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(requests);
  }).finally(() => worker.terminate());
}
