/**
 * The popup's first render against an empty page of the same extension, in one browser and one run,
 * so the figure says what is ours and what is the browser's (issue 16: "measure against an empty
 * extension page in the same run and report the ratio"). Both are timed the same way, from
 * navigation start to the first frame showing a `[data-check]` element: the popup's checklist, and
 * the empty page's one static element. The runs alternate, so load on the machine hits both alike.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { DIST, launchWithExtension } from '../support/extension';
import { median, report } from '../tools/measure';

const RUNS = 15;

/** The built extension with one more page: nothing but an element to wait for. */
function withEmptyPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'smm-bench-empty-'));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(
    join(dir, 'bench-empty.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>empty</title></head><body><p data-check>.</p></body></html>',
  );
  return dir;
}

interface Timing {
  /** Navigation start to the element on screen. */
  shown: number;
  /** Navigation start to the page's script having drawn its first state (the popup's "loading"). */
  scripted: number;
  /** Navigation start to the HTML parsed (scripts not yet run for a module page). */
  domInteractive: number;
  responseEnd: number;
}

async function timeOnce(context: BrowserContext, url: string): Promise<Timing> {
  const page = await context.newPage();
  await page.goto(url);
  const firstFrame = await page.waitForFunction(
    () => document.querySelector('main, [data-check]') && performance.now(),
    null,
    {
      polling: 'raf',
    },
  );
  const scripted = (await firstFrame.jsonValue()) as number;
  // Checked every frame inside the page, so the figure doesn't include the test tool's polling.
  const shown = await page.waitForFunction(
    () => document.querySelector('[data-check]') && performance.now(),
    null,
    {
      polling: 'raf',
    },
  );
  const at = (await shown.jsonValue()) as number;
  const navigation = await page.evaluate(() => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { domInteractive: entry?.domInteractive ?? 0, responseEnd: entry?.responseEnd ?? 0 };
  });
  await page.close();
  return { shown: at, scripted, ...navigation };
}

export async function run(): Promise<void> {
  const dist = withEmptyPage();
  const context = await launchWithExtension(dist);
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const popup: Timing[] = [];
    const empty: Timing[] = [];
    // One of each first, untimed: the first page of a renderer pays for starting it.
    await timeOnce(context, `${base}/bench-empty.html`);
    await timeOnce(context, `${base}/src/ui/popup/index.html`);
    for (let i = 0; i < RUNS; i++) {
      empty.push(await timeOnce(context, `${base}/bench-empty.html`));
      popup.push(await timeOnce(context, `${base}/src/ui/popup/index.html`));
    }
    const figure = (name: string, values: number[], budget?: number) =>
      report({ name, median: median(values), unit: 'ms', samples: values.length }, budget);
    figure(
      'popup first render, from navigation (Chromium, same run as the empty page)',
      popup.map((t) => t.shown),
      200,
    );
    figure(
      'empty extension page first render, from navigation (Chromium)',
      empty.map((t) => t.shown),
    );
    figure(
      'popup domInteractive, from navigation (Chromium)',
      popup.map((t) => t.domInteractive),
    );
    figure(
      'empty page domInteractive, from navigation (Chromium)',
      empty.map((t) => t.domInteractive),
    );
    figure(
      'popup, from domInteractive to first render: ours (Chromium)',
      popup.map((t) => t.shown - t.domInteractive),
    );
    figure(
      "popup, from domInteractive to its script's first frame (Chromium)",
      popup.map((t) => t.scripted - t.domInteractive),
    );
    figure(
      "popup, from its first frame to the checklist: the worker's answer (Chromium)",
      popup.map((t) => t.shown - t.scripted),
    );
    const ratio = median(popup.map((t) => t.shown)) / median(empty.map((t) => t.shown));
    console.log(`bench popup first render / empty page: median ${ratio.toFixed(2)} ratio  samples ${RUNS}`);
  } finally {
    await context.close();
    rmSync(dist, { recursive: true, force: true });
  }
}
