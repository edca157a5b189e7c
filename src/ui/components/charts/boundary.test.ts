import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../../../..');

/** Every module the file reaches through static and dynamic imports: ours by path, packages by name. */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) return;
    const text = readFileSync(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
      if (!specifier.startsWith('.')) {
        seen.add(specifier);
        continue;
      }
      const base = join(dirname(file), specifier.replace(/\?.*$/, ''));
      const found = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
        (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
      );
      if (found) visit(found);
    }
  };
  visit(entry);
  return seen;
}

test('the content script never reaches the charts or d3 (they would cost every page)', () => {
  const modules = [...reachable(join(root, 'src/content/index.ts'))].map((module) =>
    module.startsWith('/') ? relative(root, module) : module,
  );
  expect(modules.length).toBeGreaterThan(20);
  expect(modules).toContain('src/ui/panel/Panel.tsx');
  expect(modules.filter((module) => module.includes('components/charts') || module.startsWith('d3'))).toEqual(
    [],
  );
});
