import { expect, test } from 'vitest';
import type { Network } from '../shared/networks';
import { hashtagsRule } from './hashtags';
import { context, draft, judge } from './test-kit';

const check = (text: string, network: Network) => judge(hashtagsRule, draft(text, { network }), context());

test.each([
  ['instagram', 'en', '#a1 #b #c #d #e #f', 'error', [6, 5, 'Instagram']],
  ['threads', 'fr', 'Un #café et une #crêpe', 'warn', [2, 1, 'Threads']],
  ['x', 'ru', '#привет #мир #скидка', 'info', [3, 2, 'X']],
  ['linkedin', 'en', '#one #two #three #four #five #six', 'warn', [6, 5, 'LinkedIn']],
] as [Network, string, string, string, [number, number, string]][])(
  '%s (%s): too many',
  (network, _, text, severity, params) => {
    const [finding] = check(text, network);
    expect(finding).toMatchObject({ id: 'hashtags.too-many', severity, params });
    expect(finding.evidence).toHaveLength(params[0]);
  },
);

test.each([
  ['instagram', 'en, five is fine', '#a1 #b #c #d #e'],
  ['threads', 'fr, one topic tag', 'Un #café et du pain'],
  ['x', 'ru, repeats count once', '#привет #Привет #ПРИВЕТ'],
  ['x', 'en, link fragments and numbers are not tags', 'example.com/#a #1 #2 #tag'],
  ['facebook', 'no advice for Facebook', '#a #b #c #d #e #f #g #h'],
] as [Network, string, string][])('%s (%s): fine', (network, _, text) => {
  expect(check(text, network)).toEqual([]);
});
