/**
 * Debian's Firefox ESR with the Firefox build (`dist-firefox/`, made by `vite build --mode firefox`)
 * installed as a temporary add-on, driven by puppeteer over WebDriver BiDi.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist-firefox');

/** Debian's Firefox ESR, unless FIREFOX_PATH names another. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

function addonId(dist: string): string {
  const manifest = JSON.parse(readFileSync(resolve(dist, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/**
 * Firefox gives each install a random moz-extension:// host unless this pref already names one:
 * fixing it lets tests open the extension's own pages.
 */
export const EXTENSION_UUID = '5e1f0a55-7e57-4a11-9f1e-0000000000a1';

export function extensionUrl(path: string): string {
  return `moz-extension://${EXTENSION_UUID}/${path}`;
}

export async function launchFirefox(dist = DIST_FIREFOX): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // WebDriver BiDi refuses to navigate to a moz-extension:// URL without it ("not allowed in this
    // context"): the extension's pages count as privileged. Test profiles only.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId(dist)]: EXTENSION_UUID }),
      'intl.locale.requested': 'en-US',
    },
    // Wide enough for the panel to dock beside a composer (narrow windows fold it into a corner).
    defaultViewport: { width: 1400, height: 900 },
    // A loaded 2-core CI machine can take long to start Firefox.
    timeout: 90_000,
    protocolTimeout: 90_000,
  });
  try {
    await browser.installExtension(dist);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
