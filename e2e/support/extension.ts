import { resolve } from 'node:path';
import {
  type BrowserContext,
  test as base,
  chromium,
  expect,
  type Page,
  type Worker,
} from '@playwright/test';
import { chromePath, quietFlags } from './chrome';

export const DIST = resolve(import.meta.dirname, '../../dist');

export interface ExtensionFixtures {
  /** The built extension to load; a test file may load a variant (`test.use({ extensionDir })`). */
  extensionDir: string;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Requests that tried to leave for a URL no test routed: must stay empty. */
  leakedRequests: string[];
  /** Errors that reached a page's console: must stay empty. */
  pageErrors: string[];
  openExtensionPage: (path: string) => Promise<Page>;
}

/** Launches Chromium with the built extension loaded (headless works for extensions). */
export async function launchWithExtension(
  dist = DIST,
  options: { headless?: boolean; locale?: string; args?: string[] } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    locale: options.locale,
    // On Linux, Chromium's UI language (and so chrome.i18n) follows --lang and LANGUAGE.
    ...(options.locale ? { env: { ...process.env, LANGUAGE: options.locale } } : {}),
    args: [
      ...quietFlags,
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      ...(options.args ?? []),
    ],
  });
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((worker) => worker.url().startsWith('chrome-extension://'));
  return (
    existing ??
    context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://') })
  );
}

export const test = base.extend<ExtensionFixtures>({
  extensionDir: [DIST, { option: true }],
  leakedRequests: async ({}, use) => {
    await use([]);
  },
  pageErrors: async ({}, use) => {
    await use([]);
  },
  context: async ({ extensionDir, leakedRequests, pageErrors, locale }, use) => {
    // `test.use({ locale: 'fr' })` launches Chromium in French (chrome.i18n follows the browser's UI
    // language, not the page's); Playwright's default en-US leaves the launch as it always was.
    const context = await launchWithExtension(extensionDir, locale && locale !== 'en-US' ? { locale } : {});
    // Registered first, so it runs last: only URLs no fixture route took reach it.
    const web = (url: URL) =>
      url.protocol !== 'chrome-extension:' && url.protocol !== 'data:' && url.protocol !== 'blob:';
    await context.route(web, (route) => {
      leakedRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    context.on('page', (page) => {
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
      });
    });
    await use(context);
    await context.close();
    expect(leakedRequests, 'requests that left the browser').toEqual([]);
    expect(pageErrors, 'errors in page consoles').toEqual([]);
  },
  serviceWorker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect };
