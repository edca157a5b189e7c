/**
 * Playwright's test runner driving Firefox through puppeteer: each test gets a fresh Firefox with
 * the extension installed, so the extension's IndexedDB starts empty. Assertions poll
 * (`expect.poll`, puppeteer's waitFor*), as Playwright's locator assertions only know its own pages.
 */
import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import type { Network } from '../../src/shared/networks';
import type { FixtureWindow } from '../fixtures/shared/api';
import { fixturePages } from '../support/fixture-sites';
import { extensionUrl, launchFirefox } from './launch';
import { serveFixturePages } from './serve';

export interface FirefoxFixtures {
  firefox: Browser;
  /** Requests that tried to leave for a URL no fixture answers: must stay empty. */
  leakedRequests: string[];
  /** Errors that reached a page's console: must stay empty. */
  pageErrors: string[];
  /** A new tab on a fixture page (or another of its `pages`), once `window.fixture` is ready. */
  openFixture: (network: Network, pageName?: string) => Promise<Page>;
  /** A new tab on one of the extension's pages (`src/ui/...`), once its document has loaded. */
  openExtensionPage: (path: string) => Promise<Page>;
}

function watchErrors(page: Page, pageErrors: string[]): void {
  page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error}`));
  page.on('console', (message) => {
    // A content script's error reaches the page as an opaque handle: its file says whose it is.
    const where = message.location().url ?? page.url();
    if (message.type() === 'error') pageErrors.push(`${where}: ${message.text()}`);
  });
}

export const test = base.extend<FirefoxFixtures>({
  leakedRequests: async ({}, use) => {
    await use([]);
  },
  pageErrors: async ({}, use) => {
    await use([]);
  },
  firefox: async ({ leakedRequests, pageErrors }, use) => {
    const browser = await launchFirefox();
    await use(browser);
    await browser.close();
    expect(leakedRequests, 'requests that left the browser').toEqual([]);
    expect(pageErrors, 'errors in page consoles').toEqual([]);
  },
  openFixture: async ({ firefox, leakedRequests, pageErrors }, use) => {
    await use(async (network, pageName) => {
      const site = fixturePages[network];
      const url = pageName ? site.pages[pageName].url : site.url;
      const page = await firefox.newPage();
      watchErrors(page, pageErrors);
      await serveFixturePages(page, leakedRequests);
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as Partial<FixtureWindow>).fixture?.ready === true);
      return page;
    });
  },
  openExtensionPage: async ({ firefox, pageErrors }, use) => {
    await use(async (path) => {
      const page = await firefox.newPage();
      watchErrors(page, pageErrors);
      const url = extensionUrl(path);
      // BiDi sends no load events for extension documents (Firefox skips extension contexts, bug
      // 1755014), so puppeteer is told not to wait for one; the document says when it is ready.
      await page.goto(url, { waitUntil: [] });
      await page.waitForFunction(
        (expected) => location.href === expected && document.readyState === 'complete',
        {},
        url,
      );
      return page;
    });
  },
});

export { expect };
