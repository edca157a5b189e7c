import { describe, expect, test } from 'vitest';
import type { PostRecord } from '../shared/post';
import { defaultSettings, settingsFor } from '../shared/settings-defaults';
import { postingReport } from './posting-report';
import { periodOf } from './report-period';

const brand = settingsFor(defaultSettings('en'));
const week = periodOf('week', '2026-03-05', 'UTC');

const post = (id: string, network: PostRecord['network'], iso: string, extra: Partial<PostRecord> = {}) =>
  ({
    id,
    network,
    brandId: 'brand-1',
    publishedAt: Date.parse(iso),
    format: 'text',
    hashtags: [],
    links: [],
    excerpt: id,
    source: 'manual',
    ...extra,
  }) as PostRecord;

describe('posting over a period', () => {
  const posts = [
    post('a', 'instagram', '2026-03-02T09:00:00Z', { format: 'image', category: 'theme' }),
    post('b', 'instagram', '2026-03-02T15:00:00Z', { format: 'image', category: 'question' }),
    post('c', 'x', '2026-03-04T10:00:00Z', { format: 'video' }),
    post('d', 'x', '2026-03-08T23:59:00Z', { format: 'text', category: 'theme' }),
    // Outside the week on both sides.
    post('e', 'x', '2026-03-01T23:59:00Z'),
    post('f', 'x', '2026-03-09T00:00:00Z'),
  ];
  const report = postingReport(posts, [brand], week, 'UTC');

  test('counts each day’s posts per network, the week’s edges exact', () => {
    expect(report.days.map((day) => day.counts)).toEqual([
      { instagram: 2 },
      {},
      { x: 1 },
      {},
      {},
      {},
      { x: 1 },
    ]);
  });

  test('sets each network used against its daily cap and counts the days over it', () => {
    expect(report.networks).toEqual([
      { network: 'x', posts: 2, dailyCap: 5, daysOverCap: 0 },
      { network: 'instagram', posts: 2, dailyCap: 1, daysOverCap: 1 },
    ]);
    expect(report.dailyCap).toBe(6);
  });

  test('a network with an account is shown even with no post', () => {
    const named = { ...brand, accounts: { bluesky: ['acme.bsky.social'] } };
    expect(postingReport([], [named], week, 'UTC').networks).toEqual([
      { network: 'bluesky', posts: 0, dailyCap: 5, daysOverCap: 0 },
    ]);
  });

  test('the mix: shares of formats over all posts, of categories over the posts that have one', () => {
    expect(report.mix.total).toBe(4);
    const format = Object.fromEntries(report.mix.formats.map((row) => [row.key, [row.share, row.target]]));
    expect(format).toMatchObject({ image: [50, 35], video: [25, 25], text: [25, 20], poll: [0, 5] });
    const category = Object.fromEntries(report.mix.categories.map((row) => [row.key, row.count]));
    expect(category).toMatchObject({ theme: 2, question: 1, promo: 0 });
    expect(report.mix.categories.find((row) => row.key === 'theme')?.share).toBeCloseTo(66.67, 1);
  });

  test('for several brands caps add up and targets are averaged', () => {
    const other = {
      ...brand,
      id: 'brand-2',
      mix: { ...brand.mix, formats: { ...brand.mix.formats, image: 15 } },
    };
    const both = postingReport(posts, [brand, other], week, 'UTC');
    expect(both.networks.find((row) => row.network === 'instagram')).toMatchObject({
      dailyCap: 2,
      daysOverCap: 0,
    });
    expect(both.mix.formats.find((row) => row.key === 'image')?.target).toBe(25);
  });
});
