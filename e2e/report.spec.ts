import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Settings } from '../src/shared/settings-schema';
import { expect, test } from './support/extension';
import { OPTIONS, openAt, request } from './support/open-at';

// Thursday noon UTC; the brand works Monday to Friday, 9:00–18:00 UTC.
const THURSDAY = '2026-03-05T12:00:00Z';
const at = (iso: string) => Date.parse(iso);
const MINUTE = 60_000;
const REPORT = `${OPTIONS}#section-report`;

/** A comment written at `written`, answered `answeredAfter` minutes later when given. */
function comment(
  id: string,
  network: string,
  category: string,
  written: string,
  due: string,
  answeredAfter?: number,
) {
  const writtenAt = at(written);
  return {
    id,
    network,
    author: 'someone',
    excerpt: id,
    writtenAt,
    firstSeenAt: writtenAt,
    pageUrl: `https://example.com/${id}`,
    status: answeredAfter === undefined ? 'awaiting' : 'answered',
    statusChangedAt: writtenAt + (answeredAfter ?? 0) * MINUTE,
    category,
    dueAt: at(due),
  };
}

const comments = [
  comment('x:1', 'x', 'question', '2026-03-02T09:00:00Z', '2026-03-02T15:00:00Z', 20),
  comment('x:2', 'x', 'question', '2026-03-02T10:00:00Z', '2026-03-02T16:00:00Z', 40),
  comment('facebook:3', 'facebook', 'complaint', '2026-03-03T09:00:00Z', '2026-03-03T11:00:00Z', 50),
  // The policy gives praise 15 minutes: answered in 30, it is late.
  comment('facebook:4', 'facebook', 'praise', '2026-03-03T10:00:00Z', '2026-03-03T10:15:00Z', 30),
  // Awaiting for more than the 2 days after which a comment is stale.
  comment('x:5', 'x', 'question', '2026-03-02T11:00:00Z', '2026-03-02T17:00:00Z'),
  // Awaiting, its deadline still ahead.
  comment('x:6', 'x', 'other', '2026-03-05T11:30:00Z', '2026-03-05T17:30:00Z'),
  // Awaiting and past its deadline.
  comment('x:7', 'x', 'question', '2026-03-04T09:00:00Z', '2026-03-04T15:00:00Z'),
  // The week before: in no figure of this week.
  comment('x:8', 'x', 'question', '2026-02-27T09:00:00Z', '2026-02-27T15:00:00Z', 300),
];

const post = (id: string, network: string, publishedAt: string, format: string) => ({
  post: {
    id,
    network,
    brandId: 'brand-1',
    publishedAt: at(publishedAt),
    format,
    hashtags: [],
    links: [],
    excerpt: id,
    source: 'manual',
  },
});

/** Settings, comments and posts written through the extension's own messages, as its pages do. */
async function seed(page: Page) {
  const settings = await request<Settings>(page, 'settings.get');
  const brand = settings.brands[0];
  brand.businessHours.timeZone = 'UTC';
  brand.communicationPolicy = [
    { category: 'question', person: 'Alice', deadlineHours: null, guidance: '' },
    { category: 'complaint', person: 'Bob', deadlineHours: 2, guidance: '' },
    { category: 'praise', person: '', deadlineHours: 0.25, guidance: '' },
  ];
  settings.staleAfterDays = 2;
  const { session } = await request<{ session: string }>(page, 'restore.begin');
  await request(page, 'restore.page', { session, seq: 0, store: 'comments', records: comments });
  const committed = await request<{ restored: boolean }>(page, 'restore.commit', {
    session,
    settings,
    contents: { comments: comments.length },
  });
  expect(committed.restored).toBe(true);
  await request(page, 'posts.log', post('a', 'x', '2026-03-02T09:00:00Z', 'image'));
  await request(page, 'posts.log', post('b', 'instagram', '2026-03-02T13:00:00Z', 'image'));
  await request(page, 'posts.log', post('c', 'x', '2026-03-04T10:00:00Z', 'video'));
  await request(page, 'posts.log', post('d', 'facebook', '2026-03-05T09:30:00Z', 'text'));
  await request(page, 'posts.log', post('e', 'x', '2026-02-27T09:00:00Z', 'poll'));
}

const chart = (page: Page, id: string, title: RegExp) =>
  page
    .locator(`[data-section="report"] [data-chart="${id}"]`)
    .filter({ hasText: title })
    .locator('svg[role="img"]');

test('the report draws the week’s posts, mix and answer times as the stored data has them', async ({
  context,
  extensionId,
}) => {
  await seed(await openAt(context, extensionId, OPTIONS, THURSDAY));
  const page = await openAt(context, extensionId, REPORT, THURSDAY);
  const report = page.locator('[data-section="report"]');

  const posts = report.locator('[data-chart="posts"] svg[role="img"]');
  await expect(posts).toHaveAttribute(
    'aria-label',
    /(Mon 2|2 Mon): 2 \(X: 1, Instagram: 1\); (Tue 3|3 Tue): 0;/,
  );
  await expect(posts).toHaveAttribute('aria-label', /(Wed 4|4 Wed): 1; (Thu 5|5 Thu): 1;/);
  // The caps of the networks posted on: X 5, Facebook 2, Instagram 1.
  await expect(posts).toHaveAttribute('aria-label', /Cadence: 8 a day\.$/);
  await expect(report.locator('[data-table="networks"] tr[data-network="instagram"]')).toContainText(
    /Instagram\s*1\s*1\s*0/,
  );

  const formats = chart(page, 'mix', /By format/);
  await expect(formats).toHaveAttribute('aria-label', /image: 50% \(target 35%\)/);
  await expect(formats).toHaveAttribute('aria-label', /video: 25% \(target 25%\)/);
  await expect(formats).toHaveAttribute('aria-label', /text: 25% \(target 20%\)/);
  await expect(formats).toHaveAttribute('aria-label', /poll: 0% \(target 5%\)/);

  await expect(chart(page, 'answer-time', /by network/)).toHaveAttribute(
    'aria-label',
    /X: 30 min, 100% within the deadline; Facebook: 40 min, 50% within the deadline\./,
  );
  const byCategory = chart(page, 'answer-time', /by comment category/);
  await expect(byCategory).toHaveAttribute('aria-label', /Question: 30 min, 100% within the deadline/);
  await expect(byCategory).toHaveAttribute('aria-label', /Complaint: 50 min, 100% within the deadline/);
  await expect(byCategory).toHaveAttribute('aria-label', /Praise: 30 min, 0% within the deadline/);
  await expect(byCategory).toHaveAttribute('aria-label', /Other: no answers yet/);
  await expect(chart(page, 'answer-time', /by person/)).toHaveAttribute(
    'aria-label',
    /Alice: 30 min, 100% within the deadline; Bob: 50 min, 100% within the deadline; No one named: 30 min, 0% within the deadline\./,
  );
  await expect(report.locator('[data-role="person-note"]')).toContainText('communication policy');

  const backlog = report.locator('[data-role="backlog"]');
  await expect(backlog.locator('[data-count="overdue"] dd')).toHaveText('1');
  await expect(backlog.locator('[data-count="stale"] dd')).toHaveText('1');
  await expect(backlog.locator('[data-count="answered-late"] dd')).toHaveText('1');

  // The month holds the post of 27 February no more, but every day of March.
  await report.locator('[data-field="report-period"]').selectOption('month');
  await expect(posts).toHaveAttribute('aria-label', /(Tue 31 Mar|Tue, Mar 31|31 Mar): 0\./);
  await expect(formats).toHaveAttribute('aria-label', /poll: 0% \(target 5%\)/);
});

test('the report downloads as CSV, and each chart as SVG', async ({ context, extensionId }) => {
  await seed(await openAt(context, extensionId, OPTIONS, THURSDAY));
  const page = await openAt(context, extensionId, REPORT, THURSDAY);
  const report = page.locator('[data-section="report"]');
  await expect(report.locator('[data-chart="posts"] svg')).toHaveAttribute('aria-label', /Mon 2|2 Mon/);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    report.locator('[data-action="download-report-csv"]').click(),
  ]);
  expect(csv.suggestedFilename()).toBe('report-brand-1-2026-03-02.csv');
  const text = await readFile(await csv.path(), 'utf8');
  expect(text).toContain('Period,2026-03-02,2026-03-08');
  expect(text).toContain('Network,X,2,5,0');
  expect(text).toContain('Content format,image,2,50,35');
  expect(text).toContain('Person,Alice,4,2,30,100');
  expect(text).toContain('Person,No one named,2,1,30,0');

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    report.locator('[data-chart="posts"] [data-action="download-chart-svg"]').click(),
  ]);
  expect(svg.suggestedFilename()).toBe('report-brand-1-2026-03-02-posts.svg');
  expect(await readFile(await svg.path(), 'utf8')).toMatch(
    /^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/,
  );
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the report (${colorScheme})`, async ({ context, extensionId }) => {
    // axe's colour-contrast check walks the long options page: give it time on a loaded machine.
    test.setTimeout(180_000);
    await seed(await openAt(context, extensionId, OPTIONS, THURSDAY));
    const page = await openAt(context, extensionId, REPORT, THURSDAY);
    await page.emulateMedia({ colorScheme });
    const report = page.locator('[data-section="report"]');
    await expect(report.locator('[data-chart] svg[role="img"]')).toHaveCount(6);
    const results = await new AxeBuilder({ page }).include('[data-section="report"]').analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    expect(results.passes.map((pass) => pass.id)).toEqual(
      expect.arrayContaining(['svg-img-alt', 'color-contrast']),
    );
  });
}

test('the popup sums up the week and opens the report', async ({ context, extensionId }) => {
  await seed(await openAt(context, extensionId, OPTIONS, THURSDAY));
  const popup = await openAt(context, extensionId, 'src/ui/popup/index.html', THURSDAY);
  const summary = popup.locator('[data-section="report-summary"]');
  await expect(summary.locator('[data-figure="posts"]')).toHaveText('Posts: 4');
  await expect(summary.locator('[data-figure="answers"]')).toHaveText(
    'Median answer 35 min, 75% within the deadline · overdue: 1, stale: 1',
  );
  const [options] = await Promise.all([
    context.waitForEvent('page'),
    summary.locator('[data-action="open-report"]').click(),
  ]);
  await expect(options).toHaveURL(/#section-report$/);
  await expect(options.locator('[data-section="report"] [data-chart="posts"]')).toBeVisible();
});
