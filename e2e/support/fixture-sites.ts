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
import { eachNetwork } from '../fixtures/network-facts';
import type { FixtureSite } from '../fixtures/shared/facts';

export type { FixtureSite } from '../fixtures/shared/facts';

/** Each network's fixture pages (e2e/fixtures/<network>/facts.ts). */
export const fixturePages = eachNetwork((facts) => facts.site);

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
