/**
 * `npx tsx e2e/tools/scan-ab.ts [base]`: the comment scans of this tree against those of `base` (a
 * git revision, HEAD by default), in the same page. Separate bench runs on this machine differ by
 * up to ±30% for the same code, which hides a 5% change; here both builds scan each network's
 * fixture page (scaled to 2,000 comments) in turn, 120 times each per round, so whatever slows one
 * slows the other. Prints each round's medians and their ratio (this tree / base), and whether both
 * builds reported the same comments.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { networks } from '../../src/shared/networks';
import { adaptersBundle, scaledFixture } from '../bench/comment-scan.bench';
import { chromePath, quietFlags } from '../support/chrome';

const ROUNDS = 3;
const SCANS = 120;

const base = process.argv[2] ?? 'HEAD';
const baseDir = mkdtempSync(join(tmpdir(), 'scan-ab-'));
try {
  // The base's sources only: its adapters import nothing outside src/.
  const archive = join(baseDir, 'src.tar');
  execFileSync('git', ['archive', '-o', archive, base, 'src']);
  execFileSync('tar', ['-x', '-C', baseDir, '-f', archive]);
  const bundles = [await adaptersBundle(baseDir, '__base'), await adaptersBundle()];
  const browser = await chromium.launch({ executablePath: chromePath(), args: quietFlags });
  const only = process.env.BENCH_NETWORKS?.split(',');
  for (const network of networks) {
    if (only && !only.includes(network)) continue;
    const { context, page, brand } = await scaledFixture(browser, network, ...bundles);
    const rounds: string[] = [];
    let same = true;
    for (let round = 0; round < ROUNDS; round++) {
      const result = await page.evaluate(
        ({ network, brand, scans }) => {
          type Scan = { comments(root: ParentNode, context: object): unknown[] };
          const adapters = window as unknown as Record<'__base' | '__adapters', Record<string, Scan>>;
          const before = adapters.__base[network];
          const after = adapters.__adapters[network];
          const context = { brandHandles: [brand], pageUrl: location.href };
          const same =
            JSON.stringify(before.comments(document, context)) ===
            JSON.stringify(after.comments(document, context));
          const times: [number[], number[]] = [[], []];
          for (let scan = 0; scan < scans; scan++) {
            let start = performance.now();
            before.comments(document, context);
            times[0].push(performance.now() - start);
            start = performance.now();
            after.comments(document, context);
            times[1].push(performance.now() - start);
          }
          // The first tenth is discarded: the JIT's part.
          const [beforeMedian, afterMedian] = times.map(
            (list) => list.slice(scans / 10).sort((a, b) => a - b)[Math.floor((scans * 9) / 20)],
          );
          return { same, beforeMedian, afterMedian };
        },
        { network, brand, scans: SCANS },
      );
      same &&= result.same;
      rounds.push(
        `${result.beforeMedian.toFixed(1)} → ${result.afterMedian.toFixed(1)} ms (${(result.afterMedian / result.beforeMedian).toFixed(3)})`,
      );
    }
    console.log(
      `scan A/B ${network}, ${base} → this tree: ${rounds.join(', ')}; same comments: ${same ? 'yes' : 'NO'}`,
    );
    await context.close();
  }
  await browser.close();
} finally {
  rmSync(baseDir, { recursive: true, force: true });
}
