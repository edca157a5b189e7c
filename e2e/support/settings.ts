import type { Page } from '@playwright/test';
import type { RequestPayload, RequestType, ResponseData } from '../../src/shared/protocol';
import type { Settings } from '../../src/shared/settings-schema';

/** The settings as the background stores them (the protocol's own type). */
export type SettingsLike = Settings;

/** Sends one protocol message to the background and resolves with its response, as the options page does. */
export type SendMessage = (message: { type: string; payload: unknown }) => Promise<unknown>;

interface Response {
  ok?: boolean;
  data?: unknown;
}

/** Asks the background; returns the response's data, typed by the protocol (src/shared/protocol.ts). */
export async function askWith<K extends RequestType>(
  send: SendMessage,
  type: K,
  payload: RequestPayload<K>,
): Promise<ResponseData[K]> {
  const response = (await send({ type, payload })) as Response | undefined;
  if (!response?.ok) throw new Error(`${type} failed: ${JSON.stringify(response)}`);
  return response.data as ResponseData[K];
}

/**
 * Changes the saved settings through the same protocol the options page uses, so every test starts
 * from settings the background validated.
 */
export async function changeSettings(
  send: SendMessage,
  change: (settings: SettingsLike) => void,
): Promise<void> {
  const settings = await askWith(send, 'settings.get', {});
  change(settings);
  const saved = await askWith(send, 'settings.save', { settings });
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
export function ask<K extends RequestType>(
  page: Page,
  type: K,
  payload: RequestPayload<K>,
): Promise<ResponseData[K]> {
  return askWith(sendFrom(page), type, payload);
}
