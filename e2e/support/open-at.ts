import type { BrowserContext, Page } from '@playwright/test';

/**
 * Opens an extension page with its clock fixed at `when`. Extension pages run their scripts in the
 * page's main world, so Playwright's clock reaches them; the background's clock is not faked, which
 * is why the popup sends its own "now" with its requests.
 */
export async function openAt(
  context: BrowserContext,
  extensionId: string,
  path: string,
  when: string | Date,
): Promise<Page> {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(when));
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Sends one protocol request from an extension page, as the popup and options do. */
export async function request<T = unknown>(page: Page, type: string, payload: unknown = {}): Promise<T> {
  const response = await page.evaluate(([type, payload]) => chrome.runtime.sendMessage({ type, payload }), [
    type,
    payload,
  ] as const);
  const { ok, data, error } = response as { ok: boolean; data: T; error?: { message: string } };
  if (!ok) throw new Error(`${type}: ${error?.message}`);
  return data;
}

export const POPUP = 'src/ui/popup/index.html';
export const OPTIONS = 'src/ui/options/index.html';
