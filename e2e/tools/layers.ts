/**
 * `npx tsx e2e/tools/layers.ts`: prints the import rules of biome.json (noRestrictedImports per
 * folder), the picture of the layers that docs/ARCHITECTURE.md shows. The linter enforces them.
 */
import { readFileSync } from 'node:fs';

interface Pattern {
  group: string[];
  message: string;
}
interface Override {
  includes: string[];
  linter?: { rules?: { style?: { noRestrictedImports?: { options: { patterns: Pattern[] } } } } };
}

const biome = JSON.parse(readFileSync(new URL('../../biome.json', import.meta.url), 'utf8')) as {
  overrides: Override[];
};
for (const override of biome.overrides) {
  const patterns = override.linter?.rules?.style?.noRestrictedImports?.options.patterns;
  if (!patterns) continue;
  console.log(override.includes.join(', '));
  for (const pattern of patterns) console.log(`  ✗ ${pattern.group.join(' ')}  (${pattern.message})`);
}
