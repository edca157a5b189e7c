import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/extension';
import { openAt, POPUP, request } from './support/open-at';

// Noon UTC, so the day is the same in any zone the machine may have.
const THURSDAY = '2026-03-05T12:00:00Z';
const at = (iso: string) => Date.parse(iso);

test('the popup draws its figures as charts that state them, and saves them as SVG and PNG', async ({
  context,
  extensionId,
}) => {
  const setup = await openAt(context, extensionId, POPUP, THURSDAY);
  const post = (id: string, network: string, publishedAt: number, format: string) => ({
    post: {
      id,
      network,
      brandId: 'brand-1',
      publishedAt,
      format,
      hashtags: [],
      links: [],
      excerpt: id,
      source: 'manual',
    },
  });
  await request(setup, 'posts.log', post('a', 'x', at('2026-03-05T09:00:00Z'), 'image'));
  await request(setup, 'posts.log', post('b', 'x', at('2026-03-05T10:30:00Z'), 'image'));
  await request(setup, 'posts.log', post('c', 'facebook', at('2026-03-05T11:00:00Z'), 'video'));
  await request(setup, 'posts.log', post('d', 'vk', at('2026-03-03T12:00:00Z'), 'text'));

  const popup = await openAt(context, extensionId, POPUP, THURSDAY);
  await popup.getByText('Figures as charts').click();

  const posts = popup.locator('[data-chart="posts"] svg[role="img"]');
  await expect(posts).toHaveAttribute('aria-label', /(Thu 5|5 Thu): 3 \(X: 2, Facebook: 1\)/);
  await expect(posts).toHaveAttribute('aria-label', /(Tue 3|3 Tue): 1;/);
  const mix = popup.locator('[data-chart="mix"] svg[role="img"]').first();
  await expect(mix).toHaveAttribute('aria-label', /image: 50% \(target 35%\)/);
  await expect(mix).toHaveAttribute('aria-label', /video: 25% \(target 25%\)/);
  await expect(popup.locator('[data-chart="answer-time"] svg[role="img"]')).toHaveAttribute(
    'aria-label',
    /Last 7 days: no answers yet; Last 30 days: no answers yet\. Deadline: 6 hr\./,
  );

  // The picture is drawn in the theme's colours: each network's bars in their own.
  const fills = await posts.evaluate((svg) =>
    ['x', 'facebook', 'vk'].map((network) => {
      const bar = svg.querySelector(`[data-series="${network}"] rect`);
      return bar ? getComputedStyle(bar).fill : null;
    }),
  );
  expect(fills.every(Boolean)).toBe(true);
  expect(new Set(fills).size).toBe(3);

  const [svgFile] = await Promise.all([
    popup.waitForEvent('download'),
    popup.locator('[data-chart="posts"] [data-action="download-chart-svg"]').click(),
  ]);
  expect(svgFile.suggestedFilename()).toBe('posts-per-day.svg');
  const svgText = await readFile(await svgFile.path(), 'utf8');
  expect(svgText).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toContain('aria-label="Posts per day, last 7 days.');
  expect(svgText).not.toContain('class=');
  expect(svgText).toMatch(/fill="rgb\(/);

  const [pngFile] = await Promise.all([
    popup.waitForEvent('download'),
    popup.locator('[data-chart="posts"] [data-action="download-chart-png"]').click(),
  ]);
  expect(pngFile.suggestedFilename()).toBe('posts-per-day.png');
  const png = await readFile(await pngFile.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Twice the chart's 320 × 170 view box, for sharp print.
  expect(png.readUInt32BE(16)).toBe(640);
  expect(png.readUInt32BE(20)).toBe(340);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the popup's charts (${colorScheme})`, async ({ context, extensionId }) => {
    const setup = await openAt(context, extensionId, POPUP, THURSDAY);
    await request(setup, 'posts.log', {
      post: {
        id: 'a',
        network: 'x',
        brandId: 'brand-1',
        publishedAt: at('2026-03-05T09:00:00Z'),
        format: 'image',
        category: 'theme',
        hashtags: [],
        links: [],
        excerpt: 'a',
        source: 'manual',
      },
    });
    const popup = await openAt(context, extensionId, POPUP, THURSDAY);
    await popup.emulateMedia({ colorScheme });
    await popup.getByText('Figures as charts').click();
    await expect(popup.locator('[data-chart] svg[role="img"]')).toHaveCount(4);
    const results = await new AxeBuilder({ page: popup }).include('[data-section="figures"]').analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    expect(results.passes.map((pass) => pass.id)).toEqual(
      expect.arrayContaining(['svg-img-alt', 'color-contrast']),
    );
  });
}
