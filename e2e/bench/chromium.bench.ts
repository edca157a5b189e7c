/**
 * Budgets measured where they apply, in Chromium (DESIGN.md, "Budgets"):
 * - the comment scan of a page with 2,000 comments, full and incremental (one added reply), with the
 *   X adapter bundled as the content script has it;
 * - typing into a 5,000-character draft with the extension loaded: long tasks (> 50 ms) on the
 *   page's main thread, against the same typing without the extension.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { chromePath, quietFlags } from '../support/chrome';
import { launchWithExtension } from '../support/extension';
import { fixturePages, serveFixtures, waitForFixture } from '../support/fixtures';
import { median, report } from '../tools/measure';
import { xThreadPage } from './x-thread-page';

const COMMENTS = 2000;

async function adapterBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { adapter } from './src/platforms/x'; Object.assign(window, { __adapter: adapter });`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  return result.outputFiles[0].text;
}

async function commentScan(): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromePath(), args: quietFlags });
  const page = await browser.newPage();
  await page.route('https://x.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html>${xThreadPage(COMMENTS)}` }),
  );
  await page.goto('https://x.com/acmebrand/status/1790000000000000001');
  await page.addScriptTag({ content: await adapterBundle() });
  const times = await page.evaluate((count) => {
    type Scan = { comments(root: ParentNode, context: object): unknown[] };
    const adapter = (window as unknown as { __adapter: Scan }).__adapter;
    const context = { brandHandle: 'acmebrand', pageUrl: location.href };
    const timeline = document.getElementById('timeline') as HTMLElement;
    const full: number[] = [];
    let found = 0;
    for (let run = 0; run < 30; run++) {
      const start = performance.now();
      found = adapter.comments(document, context).length;
      full.push(performance.now() - start);
    }
    // Later scans read only what the page added: one new reply.
    // performance.now() is coarse (0.1 ms) in a page: time batches of 100 and divide.
    const added: number[] = [];
    for (let run = 0; run < 30; run++) {
      const cells = Array.from(
        { length: 100 },
        () => timeline.lastElementChild?.cloneNode(true) as HTMLElement,
      );
      timeline.append(...cells);
      const start = performance.now();
      for (const cell of cells) adapter.comments(cell, context);
      added.push((performance.now() - start) / cells.length);
    }
    if (found < count) throw new Error(`scan found ${found} comments, expected ${count}`);
    return { full, added };
  }, COMMENTS * 0.8);
  report(
    { name: 'comment scan, 2,000 comments (Chromium)', median: median(times.full), unit: 'ms', samples: 30 },
    20,
  );
  report(
    {
      name: 'comment scan, one added reply (Chromium)',
      median: median(times.added),
      unit: 'ms',
      samples: 30,
    },
    20,
  );
  await browser.close();
}

/** Types into a 5,000-character X draft and collects the page's long tasks while it does. */
async function typingLongTasks(withExtension: boolean): Promise<{ count: number; longest: number }> {
  const context = withExtension
    ? await launchWithExtension()
    : await chromium.launchPersistentContext('', { executablePath: chromePath(), args: quietFlags });
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.x.pages.home.url);
  await waitForFixture(page);
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
  const draft =
    'Autumn is here and our new collection brings warm colours. See acme.example/autumn #FallStyle '.repeat(
      55,
    );
  await page.keyboard.insertText(draft.slice(0, 5000));
  await page.waitForTimeout(2_000);
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.keyboard.type(' And one more sentence typed by hand, letter by letter.', { delay: 40 });
  await page.waitForTimeout(1_500);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  await context.close();
  return { count: tasks.length, longest: tasks.length ? Math.max(...tasks) : 0 };
}

/** From navigation to the popup's checklist on screen, read from the page's own clock. */
async function popupFirstRender(): Promise<void> {
  const context = await launchWithExtension();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const times: number[] = [];
  const fromNavigation: number[] = [];
  for (let run = 0; run < 10; run++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/src/ui/popup/index.html`);
    // Checked every frame inside the page, so the figure doesn't include the test tool's polling.
    const shown = await page.waitForFunction(
      () => document.querySelector('[data-check]') && performance.now(),
      null,
      {
        polling: 'raf',
      },
    );
    const at = (await shown.jsonValue()) as number;
    // Navigation time before the HTML arrives is the browser starting a renderer, not the popup.
    const arrived = await page.evaluate(
      () => performance.getEntriesByType('navigation')[0]?.toJSON().responseEnd ?? 0,
    );
    times.push(at - arrived);
    fromNavigation.push(at);
    await page.close();
  }
  await context.close();
  const samples = times.length;
  report(
    {
      name: 'popup first render, from its HTML arriving (Chromium)',
      median: median(times),
      unit: 'ms',
      samples,
    },
    200,
  );
  report({
    name: 'popup first render, from navigation (Chromium)',
    median: median(fromNavigation),
    unit: 'ms',
    samples,
  });
}

export async function run(): Promise<void> {
  await commentScan();
  await popupFirstRender();
  const without = await typingLongTasks(false);
  const withExtension = await typingLongTasks(true);
  console.log(
    `bench typing in a 5,000-char draft, long tasks > 50 ms (Chromium): median ${withExtension.count} tasks  longest ${withExtension.longest.toFixed(0)} ms  without the extension: ${without.count} tasks, longest ${without.longest.toFixed(0)} ms`,
  );
}
