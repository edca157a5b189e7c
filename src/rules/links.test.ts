import { describe, expect, test } from 'vitest';
import type { Draft } from '../shared/draft';
import { linksRule } from './links';
import { context, draft, ids, judge, only, settings } from './test-kit';

const check = (value: Draft, ctx = context()) => judge(linksRule, value, ctx);

describe('links.external', () => {
  test.each([
    ['en', 'Great read: https://www.nytimes.com/2025/03/article.html', 'nytimes.com'],
    ['fr', 'Nos prix comparés sur lemonde.fr/economie', 'lemonde.fr'],
    ['ru', 'Подробности на www.rbc.ru/news', 'rbc.ru'],
  ])('%s: names the external domain', (_, text, domain) => {
    const [finding] = only(check(draft(text)), 'links.external');
    expect(finding).toMatchObject({ severity: 'warn', params: [domain] });
    expect(finding.evidence).toHaveLength(1);
  });

  test.each([
    ['en, own domain', 'New arrivals at brand.com/new'],
    ['fr, own subdomain', 'Tout est sur boutique.brand.com/fr'],
    ['ru, own Cyrillic domain', 'Каталог: марка.рф/каталог'],
    ['en, no link', 'Just text, e.g. nothing to see; write to hello@brand.com'],
  ])('%s: nothing', (_, text) => {
    expect(ids(check(draft(text)))).toEqual([]);
  });

  test('one finding per domain, every link as evidence', () => {
    const findings = only(check(draft('a.example.org/1 and example.org/2 and other.net')), 'links.external');
    expect(findings.map((finding) => finding.params)).toEqual([['example.org'], ['other.net']]);
    expect(findings[0].evidence).toEqual(['a.example.org/1', 'example.org/2']);
  });

  test.each([
    ['allow', undefined],
    ['warn', 'warn'],
    ['avoid', 'error'],
  ] as const)('policy %s', (policy, severity) => {
    const ctx = context({ settings: settings((value) => (value.linkPolicy.external = policy)) });
    expect(only(check(draft('see example.org'), ctx), 'links.external')[0]?.severity).toBe(severity);
  });

  test('allowed domains are not warned about', () => {
    const ctx = context({
      settings: settings((value) => (value.linkPolicy.allowedDomains = ['partner.org'])),
    });
    expect(check(draft('with shop.partner.org/x'), ctx)).toEqual([]);
  });

  test.each([
    ['en', 'Where can I buy this?', 'example.org/product'],
    ['fr', 'Vous avez un lien vers le catalogue ?', 'exemple.fr/catalogue'],
    ['ru', 'Где купить? Сколько стоит?', 'пример.рф/товар'],
  ])('%s: a reply answering a request for a link is info', (_, replyTo, text) => {
    const [finding] = only(check(draft(`Here: ${text}`, { kind: 'reply', replyTo })), 'links.external');
    expect(finding).toMatchObject({ severity: 'info', message: 'ruleLinksExternalRequested' });
  });

  test.each([
    ['en', 'Your service was awful.'],
    ['fr', 'Merci pour votre réponse.'],
    ['ru', 'Спасибо, всё понятно.'],
  ])('%s: a reply to anything else still warns', (_, replyTo) => {
    const [finding] = only(check(draft('see example.org', { kind: 'reply', replyTo })), 'links.external');
    expect(finding.severity).toBe('warn');
  });
});

describe('links.external in a curated post', () => {
  const curated = (text: string, ctx = context()) => only(check(draft(text), ctx), 'links.external');

  test.each([
    ['en', 'Worth reading on remote work: https://www.nytimes.com/2025/03/article.html', 'nytimes.com'],
    ['fr', 'Un article à lire sur lemonde.fr/economie', 'lemonde.fr'],
    ['ru', 'Рекомендуем почитать: www.rbc.ru/news', 'rbc.ru'],
  ])('%s: a post that shares a third-party link gets a note, not a warning', (_, text, domain) => {
    const [finding] = curated(text);
    expect(finding).toMatchObject({
      id: 'links.external',
      severity: 'info',
      message: 'ruleLinksExternalCurated',
      params: [domain],
    });
  });

  test('the category chosen in the panel counts as much as the guess', () => {
    const ctx = context({ override: { category: 'curated' } });
    expect(curated('See example.org/report', ctx)[0]).toMatchObject({
      severity: 'info',
      message: 'ruleLinksExternalCurated',
    });
  });

  test.each([
    ['a bare link leans the guess to curated, but is no reason to share it', 'See example.org/report', {}],
    ['another category chosen', 'Un article à lire sur lemonde.fr/economie', { category: 'promo' as const }],
  ])('%s: still a warning', (_, text, override) => {
    const [finding] = curated(text, context({ override }));
    expect(finding).toMatchObject({ severity: 'warn', message: 'ruleLinksExternal' });
  });

  test('a brand that avoids external links keeps its error', () => {
    const ctx = context({ settings: settings((value) => (value.linkPolicy.external = 'avoid')) });
    expect(curated('Un article à lire sur lemonde.fr/economie', ctx)[0]).toMatchObject({
      severity: 'error',
      message: 'ruleLinksExternal',
    });
  });

  test('a reply is not a curated post', () => {
    const reply = draft('Un article à lire sur lemonde.fr/economie', { kind: 'reply', replyTo: 'Merci' });
    expect(only(check(reply), 'links.external')[0]?.severity).toBe('warn');
  });
});

describe('links.shortener', () => {
  test.each([
    ['en', 'Click bit.ly/3xYz now', 'bit.ly'],
    ['fr', 'Cliquez sur https://tinyurl.com/abc', 'tinyurl.com'],
    ['ru', 'Жмите clck.ru/abc', 'clck.ru'],
    ['t.co typed by the user', 'via https://t.co/AbC', 't.co'],
  ])('%s', (_, text, domain) => {
    const findings = check(draft(text));
    expect(ids(findings)).toEqual(['links.shortener']);
    expect(findings[0]).toMatchObject({ severity: 'warn' });
    expect(findings[0].params?.[1]).toBe(domain);
  });

  test.each([
    ['en', 'youtu.be/abc is plain enough'],
    ['fr', 'Voir brand.com/go'],
  ])('%s: not a shortener', (_, text) => {
    expect(ids(check(draft(text)))).not.toContain('links.shortener');
  });
});

describe('per-network hints', () => {
  test.each([
    ['en', 'Shop at brand.com/shop'],
    ['fr', 'Boutique : brand.com/fr'],
    ['ru', 'Магазин: brand.com/ru'],
  ])('%s: Instagram captions have no clickable links', (_, text) => {
    expect(only(check(draft(text, { network: 'instagram' })), 'links.platform')[0]).toMatchObject({
      severity: 'warn',
      message: 'ruleLinksInstagram',
    });
  });

  test.each([
    ['en', 'Our report: brand.com/report'],
    ['fr', 'Notre rapport : brand.com/rapport'],
    ['ru', 'Наш отчёт: brand.com/otchet'],
  ])('%s: LinkedIn link posts → first comment', (_, text) => {
    const findings = check(draft(text, { network: 'linkedin' }));
    expect(only(findings, 'links.platform')[0]).toMatchObject({
      severity: 'info',
      message: 'ruleLinksLinkedIn',
    });
    expect(only(check(draft(text, { network: 'linkedin', kind: 'reply' })), 'links.platform')).toEqual([]);
  });

  test.each([
    [6, ['links.too-many']],
    [5, []],
  ])('Threads with %i links', (count, expected) => {
    const text = Array.from({ length: count }, (_, index) => `brand.com/${index}`).join(' ');
    const findings = check(draft(text, { network: 'threads' }));
    expect(ids(findings)).toEqual(expected);
    if (count > 5) expect(findings[0]).toMatchObject({ severity: 'error', params: [6, 5, 'Threads'] });
  });

  test('no hint on networks without one', () => {
    expect(check(draft('brand.com/x', { network: 'mastodon' }))).toEqual([]);
  });
});
