/**
 * `npm run size`: the gzipped size of what the content script loads before the panel's first
 * render, against the 40 KB budget in DESIGN.md: the loader, its entry and their static imports,
 * plus the page's network adapter (one of them, loaded at start; the largest is counted). The rules
 * load lazily after the first render and are listed apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 40;
const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js?: string[] }[];
};
const adapterNames = /\/(x|facebook|instagram|threads|linkedin|vk|mastodon|bluesky|generic)-[\w-]+\.js$/;

const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const staticImport = /(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g;
const dynamicImport =
  /import\(\s*(?:\/\*.*?\*\/\s*)?(?:chrome\.runtime\.getURL\()?["'`](?:\.\/)?([^"'`]+\.js)["'`]/g;

const resolveChunk = (from: string, name: string) =>
  name.startsWith('assets/') ? name : join(from.slice(0, from.lastIndexOf('/') + 1), name);
const source = (file: string) => readFileSync(join(dist, file), 'utf8');

/** A chunk and everything it imports statically. */
function closure(file: string, into = new Set<string>()): Set<string> {
  if (into.has(file)) return into;
  into.add(file);
  for (const match of source(file).matchAll(staticImport)) closure(resolveChunk(file, match[1]), into);
  return into;
}

function dynamicTargets(file: string): string[] {
  return [...source(file).matchAll(dynamicImport)].map((match) => resolveChunk(file, match[1]));
}

// The crxjs loader imports its entry dynamically but at once: the entry is part of first render.
const eager = new Set<string>();
for (const script of manifest.content_scripts ?? []) {
  for (const loader of script.js ?? []) {
    closure(loader, eager);
    for (const entry of dynamicTargets(loader)) closure(entry, eager);
  }
}
const lazyRoots = [...eager].flatMap(dynamicTargets).filter((file) => !eager.has(file));
const extra = (root: string) => [...closure(root)].filter((file) => !eager.has(file));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
const total = (files: string[]) => files.reduce((sum, file) => sum + gzipped(file), 0);

for (const file of eager) console.log(`  ${kb(gzipped(file))}  ${file}`);
const adapters = lazyRoots.filter((file) => adapterNames.test(`/${file.split('/').pop()}`));
const largestAdapter = adapters
  .map((root) => ({ root, bytes: total(extra(root)) }))
  .sort((a, b) => b.bytes - a.bytes)[0];
console.log("  the page's adapter, loaded at start (each with what it adds):");
for (const root of adapters) console.log(`  ${kb(total(extra(root)))}  ${root}`);
console.log('  loaded lazily, after the first render:');
for (const root of lazyRoots.filter((file) => !adapters.includes(file)))
  console.log(`  ${kb(total(extra(root)))}  ${root}`);

const firstRender = (total([...eager]) + (largestAdapter?.bytes ?? 0)) / 1024;
console.log(
  `size content-script (first render, gzip, largest adapter): ${firstRender.toFixed(1)} KB of ${BUDGET_KB} KB budget (${((firstRender / BUDGET_KB) * 100).toFixed(0)}%)`,
);
if (firstRender > BUDGET_KB) process.exitCode = 1;
