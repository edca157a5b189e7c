/**
 * Serves the e2e fixture pages under the networks' real URLs to Playwright's Chromium, so
 * content-script matches, page detectors and adapters see the addresses they will see in real life
 * (fixture-sites.ts says what each request gets; Firefox serves the same through puppeteer).
 */
import type { BrowserContext, Page } from '@playwright/test';
import type { Network } from '../../src/shared/networks';
import type { FixtureWindow } from '../fixtures/shared/api';
import { type FixtureSite, fixturePages, fixtureResponse, fixturesBuilt } from './fixture-sites';

export { fixturePages } from './fixture-sites';

/** How the pages are served: `now` moves the times they state to the present (the demo). */
export interface ServeOptions {
  now?: number;
}

/** Builds the fixtures (once per worker) and routes every network's origins to them. */
export async function serveFixtures(context: BrowserContext, options: ServeOptions = {}): Promise<void> {
  for (const [network, site] of Object.entries(fixturePages) as [Network, FixtureSite][]) {
    for (const origin of site.origins) await serveFixtureAt(context, network, origin, options);
  }
}

/** Serves one network's fixture at an origin (its own, or a Mastodon instance the user adds). */
export async function serveFixtureAt(
  context: BrowserContext,
  network: Network,
  origin: string,
  { now }: ServeOptions = {},
): Promise<void> {
  await fixturesBuilt();
  const site = fixturePages[network];
  await context.route(`${origin}/**`, async (route) => {
    const request = route.request();
    await route.fulfill(
      await fixtureResponse(network, site, request.url(), request.resourceType() === 'document', now),
    );
  });
}

/** Resolves once the page's composers are mounted and `window.fixture` is installed. */
export async function waitForFixture(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Partial<FixtureWindow>).fixture?.ready === true);
}

/** The editor's own text (not the DOM's) of a composer; see FixtureApi.text. */
export function fixtureText(page: Page, composerIndex?: number): Promise<string> {
  return page.evaluate((i) => (window as unknown as FixtureWindow).fixture.text(i), composerIndex);
}

/**
 * Waits until the composer's next edit starts an undo step of its own, as it does when a user pauses
 * before acting (FixtureApi.historyIdle): at once for editors without a time window.
 */
export async function waitForHistoryIdle(page: Page, composerIndex?: number): Promise<void> {
  await page.waitForFunction(
    (i) => (window as unknown as FixtureWindow).fixture.historyIdle(i),
    composerIndex,
  );
}

export function publishedPosts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as FixtureWindow).fixture.published]);
}

export function attachImage(page: Page, composerIndex?: number): Promise<void> {
  return page.evaluate((i) => (window as unknown as FixtureWindow).fixture.attachImage(i), composerIndex);
}

export function openModalComposer(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as FixtureWindow).fixture.openModalComposer());
}
