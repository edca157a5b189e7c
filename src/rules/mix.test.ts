import { describe, expect, test } from 'vitest';
import type { Category, Format } from '../shared/content-types';
import type { PostRecord } from '../shared/post';
import { mixRule } from './mix';
import { context, draft, ids, judge, only, post } from './test-kit';

/** Ten posts over the last days, evenly spread over categories other than the ones under test. */
function log(format: Format, category: Category, count = 10): PostRecord[] {
  return Array.from({ length: count }, (_, index) => post(24 + index * 12, { format, category }));
}

describe('mix.overweight', () => {
  test.each([
    ['en', 'Spring sale: 20% off with promo code SPRING.'],
    ['fr', 'Soldes : -30 % sur toute la boutique.'],
    ['ru', 'Скидка 15% на все десерты.'],
  ])('%s: another promo after a run of promos', (_, text) => {
    const findings = judge(mixRule, draft(text), context({ log: log('image', 'promo') }));
    const category = only(findings, 'mix.overweight').find(
      (finding) => finding.message === 'ruleMixOverweightCategory',
    );
    expect(category).toMatchObject({ severity: 'warn' });
    expect(category?.params).toEqual([
      { kind: 'category', category: 'promo' },
      100,
      10,
      { kind: 'category', category: 'theme' },
    ]);
  });

  test.each([
    ['en', 'Look at this', ['image']],
    ['fr', 'Regardez', ['image']],
    ['ru', 'Смотрите', ['image']],
  ] as const)('%s: another image when images are over target', (_, text, attachments) => {
    const findings = judge(
      mixRule,
      draft(text, { attachments: [...attachments] }),
      context({ log: log('image', 'news') }),
    );
    const format = findings.find((finding) => finding.message === 'ruleMixOverweightFormat');
    expect(format?.params).toEqual([
      { kind: 'format', format: 'image' },
      100,
      35,
      { kind: 'format', format: 'video' },
    ]);
  });

  test.each([
    ['en', 'Which one do you prefer? Tell us!'],
    ['fr', 'Lequel préférez-vous ? Dites-nous !'],
    ['ru', 'Как вы думаете, какой лучше?'],
  ])('%s: a question when questions are under target: fine', (_, text) => {
    expect(
      ids(judge(mixRule, draft(text, { attachments: ['video'] }), context({ log: log('image', 'promo') }))),
    ).toEqual([]);
  });

  test('with only a few posts logged, shares are not judged', () => {
    const findings = judge(mixRule, draft('Promo code SPRING'), context({ log: log('image', 'promo', 3) }));
    expect(only(findings, 'mix.overweight')).toEqual([]);
  });

  test('posts outside the window do not count', () => {
    const old = Array.from({ length: 10 }, (_, index) => post(24 * 20 + index, { category: 'promo' }));
    expect(only(judge(mixRule, draft('Promo code SPRING'), context({ log: old })), 'mix.overweight')).toEqual(
      [],
    );
  });

  test('the user’s override is what is judged', () => {
    const findings = judge(
      mixRule,
      draft('Just words'),
      context({ log: log('image', 'promo'), override: { category: 'promo' } }),
    );
    expect(findings.map((finding) => finding.params?.[0])).toContainEqual({
      kind: 'category',
      category: 'promo',
    });
  });
});

describe('mix.streak', () => {
  const lastTwo = (category: Category) => [
    post(30, { category: 'news' }),
    post(5, { category }),
    post(2, { category }),
  ];

  test.each([
    ['en', 'Which one do you prefer?'],
    ['fr', 'Vous préférez lequel ?'],
    ['ru', 'А вы какой выберете?'],
  ])('%s: a third question in a row', (_, text) => {
    const [finding] = only(judge(mixRule, draft(text), context({ log: lastTwo('question') })), 'mix.streak');
    expect(finding).toMatchObject({
      severity: 'warn',
      params: [{ kind: 'category', category: 'question' }, expect.objectContaining({ kind: 'category' })],
    });
    expect(finding.evidence).toHaveLength(2);
  });

  test.each([
    ['en', 'Which one do you prefer?', 'promo'],
    ['fr', 'Soldes : -30 % sur tout', 'question'],
    ['ru', 'Доброе утро.', 'question'],
  ] as [string, string, Category][])('%s: no streak', (_, text, previous) => {
    expect(only(judge(mixRule, draft(text), context({ log: lastTwo(previous) })), 'mix.streak')).toEqual([]);
  });

  test('replies are not part of the mix', () => {
    expect(judge(mixRule, draft('Which?', { kind: 'reply' }), context({ log: lastTwo('question') }))).toEqual(
      [],
    );
  });
});
