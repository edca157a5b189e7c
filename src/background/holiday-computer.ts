import type { HolidayYear } from '../calendar/holidays';

export interface YearRequest {
  country: string;
  region?: string;
  year: number;
}

/**
 * Computes years of holidays where date-holidays may be loaded: never in Chrome's service worker
 * (1.4 MB would slow every cold start, and a worker can't import a module later): Chrome lends an
 * offscreen document. Firefox runs the background as a page, which imports it when first needed.
 */
export async function computeHolidayYears(requests: readonly YearRequest[]): Promise<HolidayYear[]> {
  if (requests.length === 0) return [];
  // Where there is no offscreen document to lend (Firefox's background page, Node in unit tests),
  // the module is imported here, when first needed.
  if (typeof chrome === 'undefined' || !chrome.offscreen) {
    const { computeHolidayYear } = await import('../calendar/holiday-compute');
    return requests.map((request) => computeHolidayYear(request.country, request.region, request.year));
  }
  return computeOffscreen(requests);
}

const OFFSCREEN_URL = 'src/offscreen/index.html';
let opening: Promise<void> | undefined;
let pending = 0;

async function computeOffscreen(requests: readonly YearRequest[]): Promise<HolidayYear[]> {
  pending++;
  try {
    opening ??= openDocument().finally(() => {
      opening = undefined;
    });
    await opening;
    // Chrome's own promise API: this path is Chrome's only, and the polyfill, imported at the top,
    // would throw wherever this module is loaded outside an extension (Node benchmarks).
    const reply: unknown = await chrome.runtime.sendMessage({
      target: 'offscreen',
      type: 'holidays.compute',
      requests,
    });
    if (!Array.isArray(reply) || reply.length !== requests.length || !reply.every(isYear)) {
      throw new Error('the offscreen document answered no holidays');
    }
    return reply;
  } finally {
    // The document holds the library in memory: it goes as soon as nobody waits for it.
    if (--pending === 0) await chrome.offscreen.closeDocument().catch(() => undefined);
  }
}

async function openDocument(): Promise<void> {
  const url = chrome.runtime.getURL(OFFSCREEN_URL);
  const open = await chrome.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [url],
  });
  if (open.length > 0) return;
  await chrome.offscreen.createDocument({
    url: OFFSCREEN_URL,
    reasons: ['WORKERS'],
    justification: 'Computes public holidays in a worker, away from the service worker.',
  });
}

function isYear(value: unknown): value is HolidayYear {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
