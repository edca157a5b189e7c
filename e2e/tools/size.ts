/**
 * `npm run size`: the gzipped size of what the content script loads before the panel's first
 * render (the loader, its entry and their static imports), against the 40 KB budget in DESIGN.md.
 * Chunks it only imports lazily are listed apart: they load when a page needs them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 40;
const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js?: string[] }[];
};

const gzipped = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const staticImport = /(?:import|export)\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g;
const dynamicImport = /import\(\s*(?:\/\*.*?\*\/\s*)?(?:chrome\.runtime\.getURL\()?["'](?:\.\/)?([^"']+\.js)["']/g;

function resolveChunk(from: string, name: string): string {
  return name.startsWith('assets/') ? name : join(from.slice(0, from.lastIndexOf('/') + 1), name);
}

const eager = new Set<string>();
const lazy = new Set<string>();
function visit(file: string, isEager: boolean): void {
  const target = isEager ? eager : lazy;
  if (target.has(file) || (!isEager && eager.has(file))) return;
  target.add(file);
  const source = readFileSync(join(dist, file), 'utf8');
  for (const match of source.matchAll(staticImport)) visit(resolveChunk(file, match[1]), isEager);
  // The crxjs loader imports its entry dynamically but at once: that entry is part of first render.
  const loader = file.includes('-loader');
  for (const match of source.matchAll(dynamicImport)) visit(resolveChunk(file, match[1]), isEager && loader);
}

for (const script of manifest.content_scripts ?? []) for (const file of script.js ?? []) visit(file, true);
for (const file of eager) lazy.delete(file);

const rows = (files: Set<string>) => [...files].map((file) => ({ file, bytes: gzipped(file) }));
const eagerRows = rows(eager);
const total = eagerRows.reduce((sum, row) => sum + row.bytes, 0);
for (const row of eagerRows) console.log(`  ${(row.bytes / 1024).toFixed(1).padStart(6)} KB  ${row.file}`);
const lazyRows = rows(lazy);
if (lazyRows.length) {
  console.log('  loaded lazily, when a page needs them:');
  for (const row of lazyRows) console.log(`  ${(row.bytes / 1024).toFixed(1).padStart(6)} KB  ${row.file}`);
}
const kb = total / 1024;
console.log(
  `size content-script (first render, gzip): ${kb.toFixed(1)} KB of ${BUDGET_KB} KB budget (${((kb / BUDGET_KB) * 100).toFixed(0)}%)`,
);
if (kb > BUDGET_KB) process.exitCode = 1;
