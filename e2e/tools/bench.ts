/**
 * `npm run bench`: every `*.bench.ts` under src/ and e2e/bench/ exports `run()`, which prints its lines through
 * `measure`. Files run one after another so they don't compete for the two cores.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

function benchFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return benchFiles(path);
    return entry.name.endsWith('.bench.ts') ? [path] : [];
  });
}

const filter = process.argv[2];
// Node benchmarks beside the source; Chromium ones (they launch a browser) under e2e/bench.
for (const file of [...benchFiles('src').sort(), ...benchFiles('e2e/bench').sort()]) {
  if (filter && !file.includes(filter)) continue;
  const module = (await import(pathToFileURL(file).href)) as { run: () => Promise<void> };
  console.log(`# ${relative('.', file)}`);
  await module.run();
}
