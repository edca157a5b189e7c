/**
 * The e2e fixture pages under the networks' real URLs, and the answer to any request for them,
 * whatever drives the browser (Playwright's routes for Chromium, puppeteer's request interception
 * for Firefox). Nothing reaches the network: every request to a fixture origin is answered from
 * e2e/.fixtures-dist.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Network } from '../../src/shared/networks';
import { buildFixtures, fixturesDist } from '../fixtures/build';
import { shiftFixtureTimes } from '../fixtures/demo-time';

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
    pages: {
      page: { url: `https://www.facebook.com/${brand}`, html: 'index.html' },
      /** The feed with a Messenger chat box open over it. */
      home: { url: 'https://www.facebook.com/', html: 'home.html' },
      /** A Messenger conversation, on facebook.com. */
      messages: { url: 'https://www.facebook.com/messages/t/100000000000001', html: 'messages.html' },
    },
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

export interface FixtureResponse {
  status: number;
  contentType: string;
  body: Buffer | string;
}

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

/** The fixture whose origins include the URL's, if any. */
export function fixtureFor(url: string): { network: Network; site: FixtureSite } | null {
  const { origin } = new URL(url);
  for (const [network, site] of Object.entries(fixturePages) as [Network, FixtureSite][]) {
    if (site.origins.includes(origin)) return { network, site };
  }
  return null;
}

/**
 * What a fixture origin answers: its bundles and stylesheets under /__fixture/, its page for a
 * document request to any other path, 404 for anything else.
 */
export async function fixtureResponse(
  network: Network,
  site: FixtureSite,
  requestUrl: string,
  isDocument: boolean,
  /** Moves the times the pages state to the present (the demo); tests keep the fixed dates. */
  now?: number,
): Promise<FixtureResponse> {
  const url = new URL(requestUrl);
  let file: string | null = null;
  if (url.pathname.startsWith('/__fixture/')) {
    const relativePath = normalize(decodeURIComponent(url.pathname.slice('/__fixture/'.length)));
    if (!relativePath.startsWith('..')) file = relativePath;
  } else if (isDocument) {
    file = htmlFor(site, url.pathname);
  }
  if (file === null) return { status: 404, contentType: 'text/plain', body: 'not in the fixture' };
  try {
    const contents = await readFile(join(fixturesDist, network, file));
    const body =
      now !== undefined && extname(file) === '.html'
        ? shiftFixtureTimes(contents.toString('utf8'), now)
        : contents;
    return { status: 200, contentType: contentTypes[extname(file)] ?? 'application/octet-stream', body };
  } catch {
    return { status: 404, contentType: 'text/plain', body: `no ${file} in the ${network} fixture` };
  }
}

let built: Promise<void> | null = null;

/** Builds the fixture bundles once per process (skipped when nothing changed since the last build). */
export function fixturesBuilt(): Promise<void> {
  built ??= buildFixtures();
  return built;
}
