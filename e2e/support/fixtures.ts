/**
 * Serves the e2e fixture pages under the networks' real URLs, so content-script matches, page
 * detectors and adapters see the addresses they will see in real life. Nothing reaches the network:
 * every request to a fixture origin is answered from e2e/.fixtures-dist.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page, Route } from '@playwright/test';
import type { Network } from '../../src/shared/networks';
import { buildFixtures, fixturesDist } from '../fixtures/build';
import type { FixtureWindow } from '../fixtures/shared/api';

export interface FixtureSite {
  /** The main page: a composer, the comment thread and the button that opens the dialog composer. */
  url: string;
  /** Every page of the fixture by name; `url` is one of them. */
  pages: Record<string, { url: string; html: string }>;
  /** Origins routed to this fixture (a network may have several domains). */
  origins: string[];
}

const brand = 'acmebrand';

export const fixturePages: Record<Network, FixtureSite> = {
  x: {
    url: `https://x.com/${brand}/status/1790000000000000001`,
    pages: {
      status: { url: `https://x.com/${brand}/status/1790000000000000001`, html: 'index.html' },
      home: { url: 'https://x.com/home', html: 'home.html' },
    },
    origins: ['https://x.com', 'https://twitter.com'],
  },
  facebook: {
    url: `https://www.facebook.com/${brand}`,
    pages: { page: { url: `https://www.facebook.com/${brand}`, html: 'index.html' } },
    origins: ['https://www.facebook.com'],
  },
  instagram: {
    url: 'https://www.instagram.com/p/C0ffee123/',
    pages: { post: { url: 'https://www.instagram.com/p/C0ffee123/', html: 'index.html' } },
    origins: ['https://www.instagram.com'],
  },
  threads: {
    url: `https://www.threads.com/@${brand}/post/C0ffee`,
    pages: { post: { url: `https://www.threads.com/@${brand}/post/C0ffee`, html: 'index.html' } },
    origins: ['https://www.threads.com', 'https://www.threads.net'],
  },
  linkedin: {
    url: 'https://www.linkedin.com/feed/',
    pages: { feed: { url: 'https://www.linkedin.com/feed/', html: 'index.html' } },
    origins: ['https://www.linkedin.com'],
  },
  vk: {
    url: `https://vk.com/${brand}`,
    pages: { wall: { url: `https://vk.com/${brand}`, html: 'index.html' } },
    origins: ['https://vk.com'],
  },
  mastodon: {
    url: `https://mastodon.social/@${brand}/1122334455`,
    pages: {
      status: { url: `https://mastodon.social/@${brand}/1122334455`, html: 'index.html' },
      home: { url: 'https://mastodon.social/home', html: 'home.html' },
    },
    origins: ['https://mastodon.social'],
  },
  bluesky: {
    url: `https://bsky.app/profile/${brand}.bsky.social/post/3kabc`,
    pages: {
      thread: { url: `https://bsky.app/profile/${brand}.bsky.social/post/3kabc`, html: 'index.html' },
    },
    origins: ['https://bsky.app'],
  },
};

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

const trimSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/** The page's html for a path: a named page, else index.html, as a single-page app answers any path. */
function htmlFor(site: FixtureSite, pathname: string): string {
  const page = Object.values(site.pages).find(
    (p) => trimSlash(new URL(p.url).pathname) === trimSlash(pathname),
  );
  return page?.html ?? 'index.html';
}

async function answer(route: Route, network: Network, site: FixtureSite): Promise<void> {
  const url = new URL(route.request().url());
  let file: string | null = null;
  if (url.pathname.startsWith('/__fixture/')) {
    const relativePath = normalize(decodeURIComponent(url.pathname.slice('/__fixture/'.length)));
    if (!relativePath.startsWith('..')) file = relativePath;
  } else if (route.request().resourceType() === 'document') {
    file = htmlFor(site, url.pathname);
  }
  if (file === null) {
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not in the fixture' });
    return;
  }
  try {
    const body = await readFile(join(fixturesDist, network, file));
    await route.fulfill({
      status: 200,
      contentType: contentTypes[extname(file)] ?? 'application/octet-stream',
      body,
    });
  } catch {
    await route.fulfill({
      status: 404,
      contentType: 'text/plain',
      body: `no ${file} in the ${network} fixture`,
    });
  }
}

let built: Promise<void> | null = null;

/** Builds the fixtures (once per worker) and routes every network's origins to them. */
export async function serveFixtures(context: BrowserContext): Promise<void> {
  built ??= buildFixtures();
  await built;
  for (const [network, site] of Object.entries(fixturePages) as [Network, FixtureSite][]) {
    for (const origin of site.origins) {
      await context.route(`${origin}/**`, (route) => answer(route, network, site));
    }
  }
}

/** Serves one network's fixture at another origin too (a Mastodon instance the user adds). */
export async function serveFixtureAt(
  context: BrowserContext,
  network: Network,
  origin: string,
): Promise<void> {
  built ??= buildFixtures();
  await built;
  await context.route(`${origin}/**`, (route) => answer(route, network, fixturePages[network]));
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
