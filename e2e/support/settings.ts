import type { Page } from '@playwright/test';

type SettingsLike = Record<string, unknown> & { brands: { accounts: Record<string, string> }[] };

/**
 * Changes the saved settings from an extension page, through the same protocol the options page
 * uses, so every test starts from settings the background validated.
 */
export async function updateSettings(page: Page, change: (settings: SettingsLike) => void): Promise<void> {
  const settings = await page.evaluate(async () => {
    const response = await chrome.runtime.sendMessage({ type: 'settings.get', payload: {} });
    return response.data as SettingsLike;
  });
  change(settings);
  const saved = await page.evaluate(
    (next) => chrome.runtime.sendMessage({ type: 'settings.save', payload: { settings: next } }),
    settings,
  );
  if (!saved?.data?.saved) throw new Error(`settings not saved: ${JSON.stringify(saved)}`);
}

/** Asks the background from an extension page; returns the response's data. */
export async function ask<T = unknown>(page: Page, type: string, payload: unknown = {}): Promise<T> {
  const response = await page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [
    type,
    payload,
  ] as const);
  if (!response?.ok) throw new Error(`${type} failed: ${JSON.stringify(response)}`);
  return response.data as T;
}
