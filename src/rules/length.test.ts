import { describe, expect, test } from 'vitest';
import type { Network } from '../shared/networks';
import { lengthRule } from './length';
import { context, draft, ids, judge, only, settings } from './test-kit';

const repeat = (text: string, count: number) => text.repeat(count);

describe('length.over', () => {
  test.each([
    ['x', 'en', repeat('a', 281), 281, 280],
    ['x', 'ru, CJK counts double', repeat('東', 141), 282, 280],
    ['bluesky', 'fr, graphemes', repeat('é', 301), 301, 300],
    ['threads', 'ru, emoji as bytes', `${repeat('я', 497)}😀`, 501, 500],
    ['instagram', 'en', repeat('a', 2201), 2201, 2200],
    ['linkedin', 'fr', repeat('à', 3001), 3001, 3000],
    ['facebook', 'ru', repeat('ж', 63_207), 63207, 63206],
    ['mastodon', 'en, default 500', repeat('a', 501), 501, 500],
  ] as [Network, string, string, number, number][])('%s (%s)', (network, _, text, count, limit) => {
    const [finding] = only(judge(lengthRule, draft(text, { network }), context()), 'length.over');
    expect(finding).toMatchObject({ severity: 'error', message: 'ruleLengthOver' });
    expect(finding.params?.slice(0, 2)).toEqual([count, limit]);
  });

  test.each([
    ['x', 'en, a URL counts 23', `${repeat('a', 250)} https://example.com/${repeat('p', 100)}`],
    ['bluesky', 'fr, combining accents are one grapheme', repeat('e\u0301', 300)],
    ['threads', 'ru', repeat('я', 500)],
    ['vk', 'no known limit', repeat('a', 100_000)],
  ] as [Network, string, string][])('%s (%s): within the limit', (network, _, text) => {
    expect(only(judge(lengthRule, draft(text, { network }), context()), 'length.over')).toEqual([]);
  });

  test('the Mastodon limit comes from the settings', () => {
    const ctx = context({ settings: settings((value) => (value.mastodonCharLimit = 1000)) });
    expect(ids(judge(lengthRule, draft(repeat('a', 600), { network: 'mastodon' }), ctx))).toEqual([]);
    expect(ids(judge(lengthRule, draft(repeat('a', 1001), { network: 'mastodon' }), ctx))).toEqual([
      'length.over',
    ]);
  });
});

describe('length.fold', () => {
  const en = `Big news today. ${repeat('We are opening a new shop in town. ', 8)}`;
  const fr = `Grande nouvelle ! ${repeat('Nous ouvrons une nouvelle boutique en ville. ', 6)}`;
  const ru = `Большая новость! ${repeat('Мы открываем новый магазин в городе. ', 7)}`;

  test.each([
    ['linkedin', 'en', en, 210],
    ['linkedin', 'ru', ru, 210],
    ['instagram', 'fr', fr, 125],
  ] as [Network, string, string, number][])('%s (%s)', (network, _, text, fold) => {
    const [finding] = only(judge(lengthRule, draft(text, { network }), context()), 'length.fold');
    expect(finding).toMatchObject({ severity: 'info', params: [fold, expect.any(String)] });
    expect(text.startsWith(finding.evidence?.[0].replace(/…$/, '') ?? '-')).toBe(true);
  });

  test.each([
    ['linkedin', 'short post', 'Short and sweet.'],
    ['x', 'no fold known', en],
    ['facebook', 'no fold known', en],
  ] as [Network, string, string][])('%s (%s): no fold', (network, _, text) => {
    expect(only(judge(lengthRule, draft(text, { network }), context()), 'length.fold')).toEqual([]);
  });

  test('replies have no fold hint', () => {
    expect(
      only(judge(lengthRule, draft(en, { network: 'linkedin', kind: 'reply' }), context()), 'length.fold'),
    ).toEqual([]);
  });
});
