/**
 * Answers a Firefox tab's requests as Chromium's routes do: fixture origins from e2e/.fixtures-dist
 * (fixture-sites.ts), extension and in-page URLs as they are, anything else refused and recorded.
 */
import type { HTTPRequest, Page } from 'puppeteer-core';
import { fixtureFor, fixtureResponse, fixturesBuilt } from '../support/fixture-sites';

const local = new Set(['moz-extension:', 'data:', 'blob:', 'about:']);

/** Turns on request interception for `page`; every request that left for the web lands in `leaked`. */
export async function serveFixturePages(page: Page, leaked: string[]): Promise<void> {
  await fixturesBuilt();
  page.on('request', (request) => {
    answer(request, leaked).catch((error: unknown) => {
      // The tab closed under the request: nothing is waiting for the answer any more.
      if (!page.isClosed()) throw error;
    });
  });
  await page.setRequestInterception(true);
}

async function answer(request: HTTPRequest, leaked: string[]): Promise<void> {
  const url = request.url();
  if (local.has(new URL(url).protocol)) return request.continue();
  const fixture = fixtureFor(url);
  if (!fixture) {
    leaked.push(url);
    return request.abort('blockedbyclient');
  }
  const response = await fixtureResponse(fixture.network, fixture.site, url, request.isNavigationRequest());
  return request.respond(response);
}
