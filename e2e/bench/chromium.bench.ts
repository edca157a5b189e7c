/**
 * Budgets measured where they apply, in Chromium (docs/ARCHITECTURE.md, "Budgets"); the comment scan has its
 * own file (comment-scan.bench.ts):
 * - the popup's first render;
 * - typing into a 5,000-character draft with the extension loaded: long tasks (> 50 ms) on the
 *   page's main thread, against the same typing without the extension.
 */
import { chromium } from '@playwright/test';
import { chromePath, quietFlags } from '../support/chrome';
import { launchWithExtension } from '../support/extension';
import { fixturePages, serveFixtures, waitForFixture } from '../support/fixtures';
import { median, report } from '../tools/measure';

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
  await popupFirstRender();
  const without = await typingLongTasks(false);
  const withExtension = await typingLongTasks(true);
  console.log(
    `bench typing in a 5,000-char draft, long tasks > 50 ms (Chromium): median ${withExtension.count} tasks  longest ${withExtension.longest.toFixed(0)} ms  without the extension: ${without.count} tasks, longest ${without.longest.toFixed(0)} ms`,
  );
}
