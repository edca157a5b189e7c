import type { Page } from '@playwright/test';
import type { Settings } from '../../src/shared/settings-schema';

/** The settings as the background stores them (the protocol's own type). */
export type SettingsLike = Settings;

/** Sends one protocol message to the background and resolves with its response, as the options page does. */
export type SendMessage = (message: { type: string; payload: unknown }) => Promise<unknown>;

interface Response {
  ok?: boolean;
  data?: unknown;
}

/** Asks the background; returns the response's data. */
export async function askWith<T = unknown>(
  send: SendMessage,
  type: string,
  payload: unknown = {},
): Promise<T> {
  const response = (await send({ type, payload })) as Response | undefined;
  if (!response?.ok) throw new Error(`${type} failed: ${JSON.stringify(response)}`);
  return response.data as T;
}

/**
 * Changes the saved settings through the same protocol the options page uses, so every test starts
 * from settings the background validated.
 */
export async function changeSettings(
  send: SendMessage,
  change: (settings: SettingsLike) => void,
): Promise<void> {
  const settings = await askWith<SettingsLike>(send, 'settings.get');
  change(settings);
  const saved = await askWith<{ saved?: boolean }>(send, 'settings.save', { settings });
  if (!saved?.saved) throw new Error(`settings not saved: ${JSON.stringify(saved)}`);
}

/** Messages from a Chromium extension page (Playwright). */
function sendFrom(page: Page): SendMessage {
  return (message) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/** Changes the saved settings from an extension page (see changeSettings). */
export function updateSettings(page: Page, change: (settings: SettingsLike) => void): Promise<void> {
  return changeSettings(sendFrom(page), change);
}

/** Asks the background from an extension page; returns the response's data. */
export function ask<T = unknown>(page: Page, type: string, payload: unknown = {}): Promise<T> {
  return askWith<T>(sendFrom(page), type, payload);
}
