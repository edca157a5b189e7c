/**
 * Test helper: loads a saved page into happy-dom's document under the URL it was saved from, so
 * adapters read it as they would read the real page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `<body>` of an HTML file (or a snippet), scripts removed: only the markup is under test. */
export function bodyOf(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body.replace(/<script[\s\S]*?<\/script>/gi, '');
}

/**
 * `compact` drops the whitespace between tags that pretty-printed snapshots have and React-rendered
 * editors never do (it would read as text inside an editor).
 */
export function loadPage(html: string, url: string, { compact = false } = {}): Document {
  const happy = (window as unknown as { happyDOM?: { setURL(url: string): void } }).happyDOM;
  happy?.setURL(url);
  const body = bodyOf(html).replace(/<!--[\s\S]*?-->/g, '');
  document.body.innerHTML = compact ? body.replace(/>\s+</g, '><').trim() : body;
  return document;
}

export function readSnapshot(name: string): string {
  return readFileSync(join(__dirname, '__fixtures__', name), 'utf8');
}

export function readE2eFixture(network: string, file = 'index.html'): string {
  return readFileSync(join(__dirname, '..', '..', 'e2e', 'fixtures', network, file), 'utf8');
}
