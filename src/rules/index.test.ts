import { describe, expect, test } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import ru from '../../public/_locales/ru/messages.json';
import type { Rule } from './index';
import { draftFacts, rules, runRules } from './index';
import { context, draft, post } from './test-kit';

const designIds = [
  'links.external',
  'links.shortener',
  'links.platform',
  'links.too-many',
  'length.over',
  'length.fold',
  'hashtags.too-many',
  'theme.missing',
  'mix.overweight',
  'mix.streak',
  'frequency.daily-cap',
  'frequency.min-gap',
  'tone.reply',
  'contest.rules',
];

describe('runRules', () => {
  test('the registry lists every rule once', () => {
    expect(rules.map((rule) => rule.id)).toEqual([
      'links',
      'length',
      'hashtags',
      'theme',
      'mix',
      'frequency',
      'tone',
      'contest',
    ]);
  });

  test.each([
    ['en', 'Giveaway!!! Tag a friend to enter: bit.ly/x and example.org #a #b #c #d #e #f'],
    ['fr', 'Jeu-concours !!! Identifiez un ami : bit.ly/x et exemple.fr #a #b #c #d #e #f'],
    ['ru', 'Розыгрыш!!! Отметьте друга: bit.ly/x и пример.рф #а #б #в #г #д #е'],
  ])('%s: findings from several rules, most severe first, with known ids and messages', (_, text) => {
    const { findings, failures } = runRules(
      draft(text, { network: 'instagram' }),
      context({ log: [post(1, { network: 'instagram' })] }),
    );
    expect(failures).toEqual([]);
    const found = new Set(findings.map((finding) => finding.id));
    for (const id of [
      'links.shortener',
      'links.external',
      'links.platform',
      'hashtags.too-many',
      'frequency.min-gap',
      'contest.rules',
    ]) {
      expect(found).toContain(id);
    }
    for (const finding of findings) {
      expect(designIds.concat('frequency.quiet-hours')).toContain(finding.id);
      expect(en).toHaveProperty(finding.message);
    }
    const order = findings.map((finding) => ['error', 'warn', 'info'].indexOf(finding.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test('a rule that throws is reported as data; the others still speak', () => {
    const broken: Rule = {
      id: 'broken',
      check: () => {
        throw new Error('boom');
      },
    };
    const result = runRules(draft('see example.org'), context(), [broken, ...rules]);
    expect(result.failures).toEqual([{ rule: 'broken', error: 'boom' }]);
    expect(result.findings.map((finding) => finding.id)).toContain('links.external');
  });

  test('a calm, plain post on a quiet day says nothing but the theme', () => {
    const { findings } = runRules(draft('Fresh bread this morning.'), context());
    expect(new Set(findings.map((finding) => finding.id))).toEqual(new Set(['theme.missing']));
  });

  test('every rule is handed the same facts, and the result carries them', () => {
    const seen: unknown[] = [];
    const spy = (id: string): Rule => ({
      id,
      check: (_draft, _context, facts) => {
        seen.push(facts);
        return [];
      },
    });
    const result = runRules(draft('See brand.com #Tip'), context(), [spy('a'), spy('b')]);
    expect(seen).toEqual([result.facts, result.facts]);
    expect(seen[0]).toBe(seen[1]);
    expect(result.facts.hashtags.map((tag) => tag.tag)).toEqual(['#Tip']);
    expect(result.facts.links.map((link) => link.domain)).toEqual(['brand.com']);
  });

  test('the helpers other parts import are exported', () => {
    expect(draftFacts(draft('x'), context()).classification.format).toBe('text');
  });
});

describe('message fragments', () => {
  const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((match) => match[0]).sort();

  test.each([
    ['fr', fr],
    ['ru', ru],
  ])('%s has every English key with the same placeholders', (_, catalogue) => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const translated = (catalogue as Record<string, { message: string }>)[key].message;
      expect(new Set(placeholders(translated)), key).toEqual(new Set(placeholders(message)));
    }
  });
});
