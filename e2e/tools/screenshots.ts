/**
 * `npm run screenshots`: pictures of the panel on each network's demo page, the popup and the
 * options page, in light and dark, written to docs/screenshots/ for the README. Runs the built
 * extension (`vite build` first) headless on the offline demo, so anyone can regenerate them.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { networks } from '../../src/shared/networks';
import { fixtureSelectors } from '../fixtures/selectors';
import { launchWithExtension } from '../support/extension';
import { fixturePages, waitForFixture } from '../support/fixtures';
import { request } from '../support/open-at';
import { prepareDemo } from './demo-brand';

const out = resolve(import.meta.dirname, '../../docs/screenshots');
const schemes = ['light', 'dark'] as const;
type Scheme = (typeof schemes)[number];
/** `npm run screenshots -- popup x` takes only the pictures whose names contain a word given. */
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.some((word) => name.includes(word));

/** A draft that gets advice: a shortened link and no theme hashtag yet. */
const draft = 'Our autumn scarves are back in store! Which colour is yours? https://bit.ly/acme-scarves';

async function openPage(
  context: BrowserContext,
  scheme: Scheme,
  width: number,
  height: number,
): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  return page;
}

/** The panel beside its composer: the panel and a strip of the page to its left. */
async function panelShot(context: BrowserContext, network: (typeof networks)[number], scheme: Scheme) {
  const page = await openPage(context, scheme, 1280, 860);
  await page.goto(fixturePages[network].url);
  await waitForFixture(page);
  const selectors = fixtureSelectors[network];
  if (selectors.openComposer) await page.locator(selectors.openComposer).first().click();
  await page.locator(selectors.composer).first().click();
  await page.keyboard.type(draft);
  const panel = page.getByRole('complementary', { name: 'SMM assistant' });
  // The advice on the whole draft (the link), not on a half-typed one.
  await panel.locator('[data-finding^="links."]').first().waitFor();
  const box = await page.locator('smm-assistant').boundingBox();
  if (!box) throw new Error(`${network}: no panel on screen`);
  const left = Math.max(0, box.x - 320);
  await page.screenshot({
    path: join(out, `panel-${network}-${scheme}.png`),
    clip: {
      x: left,
      y: Math.max(0, box.y - 16),
      width: box.x + box.width + 16 - left,
      height: box.height + 32,
    },
  });
  await page.close();
}

async function popupShot(context: BrowserContext, extensionId: string, scheme: Scheme) {
  const page = await openPage(context, scheme, 380, 600);
  await page.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  await page.locator('[data-check="theme"]').waitFor();
  await page.screenshot({ path: join(out, `popup-${scheme}.png`) });
  await page.getByText('Figures as charts').click();
  const figures = page.locator('[data-section="figures"]');
  await figures.locator('[data-chart="answer-time"]').waitFor();
  await figures.screenshot({ path: join(out, `popup-charts-${scheme}.png`) });
  await page.close();
}

const posted: [daysAgo: number, network: string, format: string, category: string][] = [
  [0, 'x', 'image', 'theme'],
  [0, 'instagram', 'image', 'testimonial'],
  [1, 'facebook', 'video', 'question'],
  [1, 'x', 'text', 'faq'],
  [1, 'linkedin', 'link', 'curated'],
  [2, 'mastodon', 'image', 'theme'],
  [3, 'x', 'poll', 'question'],
  [3, 'bluesky', 'text', 'news'],
  [4, 'vk', 'image', 'local-event'],
  [5, 'threads', 'video', 'promo'],
  [5, 'x', 'image', 'theme'],
  [6, 'facebook', 'image', 'holiday'],
];

/** A week of Acme's posts and two answered comments, so the popup's charts have figures to show. */
async function seedHistory(context: BrowserContext, extensionId: string, now: number) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html`);
  for (const [index, [daysAgo, network, format, category]] of posted.entries()) {
    await request(page, 'posts.log', {
      post: {
        id: `demo-${index}`,
        network,
        brandId: 'brand-1',
        publishedAt: now - daysAgo * 86_400_000 - (index % 3) * 3_600_000,
        format,
        category,
        hashtags: [],
        links: [],
        excerpt: `Demo post ${index + 1}`,
        source: 'manual',
      },
    });
  }
  const pageUrl = 'https://x.com/acmebrand/status/1790000000000000001';
  const comment = (id: string, hoursAgo: number) => ({
    id: `x:${id}`,
    network: 'x',
    author: '@reader',
    excerpt: 'When is the next drop?',
    writtenAt: now - hoursAgo * 3_600_000,
    pageUrl,
    answeredByBrand: false,
  });
  await request(page, 'comments.seen', { pageUrl, comments: [comment('demo-1', 26), comment('demo-2', 50)] });
  await request(page, 'comments.mark', { id: 'x:demo-1', status: 'answered' });
  await request(page, 'comments.mark', { id: 'x:demo-2', status: 'answered' });
  await page.close();
}

async function optionsShot(context: BrowserContext, extensionId: string, scheme: Scheme) {
  const page = await openPage(context, scheme, 1000, 760);
  await page.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
  await page.getByLabel('Brand name').waitFor();
  await page.screenshot({ path: join(out, `options-${scheme}.png`) });
  await page.close();
}

/** The options page's report on the demo's week: its charts, tables and backlog. */
async function reportShot(context: BrowserContext, extensionId: string, scheme: Scheme) {
  const page = await openPage(context, scheme, 1000, 760);
  await page.goto(`chrome-extension://${extensionId}/src/ui/options/index.html#section-report`);
  // The page's sticky Save bar would lie across the picture of this one section.
  await page.addStyleTag({ content: '.options__actions { display: none; }' });
  const report = page.locator('[data-section="report"]');
  // The month: the demo's week of posts and comments began before this Monday.
  await report.locator('[data-field="report-period"]').selectOption('month');
  // The month's report has arrived when its first day is the 1st (the week's was a Monday).
  await report.locator('[data-report-from$="-01"] [data-role="backlog"]').waitFor();
  await report.screenshot({ path: join(out, `report-${scheme}.png`) });
  await page.close();
}

await mkdir(out, { recursive: true });
const context = await launchWithExtension(undefined, { headless: true, locale: 'en-US' });
try {
  const now = Date.now();
  const extensionId = await prepareDemo(context, now);
  await seedHistory(context, extensionId, now);
  for (const scheme of schemes) {
    for (const network of networks) {
      if (!wanted(`panel-${network}-${scheme}`)) continue;
      await panelShot(context, network, scheme);
      console.log(`screenshot panel-${network}-${scheme}.png`);
    }
    if (wanted(`popup-${scheme}`)) await popupShot(context, extensionId, scheme);
    console.log(`screenshot popup-${scheme}.png, popup-charts-${scheme}.png`);
    if (wanted(`options-${scheme}`)) await optionsShot(context, extensionId, scheme);
    if (wanted(`report-${scheme}`)) {
      await reportShot(context, extensionId, scheme);
      console.log(`screenshot report-${scheme}.png`);
    }
  }
} finally {
  await context.close();
}
