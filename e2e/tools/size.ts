/**
 * `npm run size`: every byte a supported page receives from the extension, gzipped, against the
 * 30 KB budget in docs/ARCHITECTURE.md. That is the content script's files as the built manifest lists them
 * (the same files are registered on added Mastodon instances and injected into open tabs after an
 * update). A page can load nothing else from us: the manifest must have no
 * `web_accessible_resources`, and the script must be one classic file with no `import`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 30;
const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: unknown[];
};

const failures: string[] = [];
if (manifest.web_accessible_resources !== undefined) {
  failures.push('the manifest lists web_accessible_resources: pages could load (and detect) our files');
}

const files = [
  ...new Set(
    (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
  ),
];
if (files.length === 0) failures.push('the manifest lists no content script');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
let total = 0;
for (const file of files) {
  const source = readFileSync(join(dist, file));
  const gzipped = gzipSync(source, { level: 9 }).length;
  total += gzipped;
  console.log(`  ${kb(gzipped)}  ${file} (${kb(source.length).trim()} raw)`);
  // A module import or a dynamic import() would load more files than the ones measured here.
  const text = source.toString('utf8');
  if (/(?:^|[;\s])import\s*[\w{*]|\bimport\s*\(/.test(text)) failures.push(`${file} imports other files`);
}

const totalKb = total / 1024;
console.log(
  `size content-script (everything a page receives, gzip): ${totalKb.toFixed(1)} KB of ${BUDGET_KB} KB budget (${((totalKb / BUDGET_KB) * 100).toFixed(0)}%)`,
);
if (totalKb > BUDGET_KB) failures.push(`over the ${BUDGET_KB} KB budget`);
for (const failure of failures) console.error(`size: ${failure}`);
if (failures.length) process.exitCode = 1;
