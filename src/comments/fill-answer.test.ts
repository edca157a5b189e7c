import { describe, expect, test } from 'vitest';
import { commenterName, fillAnswer, unknownPlaceholders } from './fill-answer';

const FSI = '\u2068';
const PDI = '\u2069';

describe('fillAnswer', () => {
  test.each([
    ['Merci {name} !', { name: 'Alice' }, 'Merci Alice !'],
    ['{name}, {brand} vous répond.', { name: 'bob', brand: 'Café Lune' }, 'bob, Café Lune vous répond.'],
    ['Hi {NAME}', { name: 'Carol' }, 'Hi Carol'],
    ['Hi { name }', { name: 'Carol' }, 'Hi Carol'],
    ['See {link}', { link: 'https://acme.example' }, 'See https://acme.example'],
    ['— {handle}', { handle: '@acme' }, '— @acme'],
  ])('%s', (text, values, expected) => {
    expect(fillAnswer(text, values)).toEqual({ text: expected, unfilled: [] });
  });

  test('a name with emoji, skin tones and a family sequence goes in whole', () => {
    const name = 'Zoé 👩‍👩‍👧 🤷🏽‍♀️ ✨';
    expect(fillAnswer('Merci {name} !', { name }).text).toBe(`Merci ${name} !`);
  });

  test('a right-to-left name is isolated so the punctuation after it stays where it was written', () => {
    const filled = fillAnswer('Thanks {name}, 2 questions?', { name: 'محمد' });
    expect(filled).toEqual({ text: `Thanks ${FSI}محمد${PDI}, 2 questions?`, unfilled: [] });
    expect(fillAnswer('Hi {name}', { name: 'שרה 🌸' }).text).toBe(`Hi ${FSI}שרה 🌸${PDI}`);
  });

  test('a left-to-right name is not wrapped', () => {
    expect(fillAnswer('{name}', { name: 'Анна' }).text).toBe('Анна');
  });

  test('a placeholder without a value stays visible and is listed once', () => {
    expect(fillAnswer('{name}: {link} — {link}', { name: 'Ann' })).toEqual({
      text: 'Ann: {link} — {link}',
      unfilled: ['{link}'],
    });
    expect(fillAnswer('Hi {name}', { name: '   ' })).toEqual({ text: 'Hi {name}', unfilled: ['{name}'] });
  });

  test('an unknown placeholder stays as written and is listed', () => {
    expect(fillAnswer('Bonjour {prénom}', { name: 'Ann' })).toEqual({
      text: 'Bonjour {prénom}',
      unfilled: ['{prénom}'],
    });
  });

  test('a value holding a placeholder or a replacement pattern is put in as it is', () => {
    expect(fillAnswer('Hi {name}, {link}', { name: '{link} $& $1' })).toEqual({
      text: 'Hi {link} $& $1, {link}',
      unfilled: ['{link}'],
    });
  });

  test('text without placeholders is unchanged', () => {
    expect(fillAnswer('Merci !', {})).toEqual({ text: 'Merci !', unfilled: [] });
  });
});

describe('unknownPlaceholders', () => {
  test('lists only what we cannot fill', () => {
    expect(unknownPlaceholders('{name} {nom} {brand} {nom} {}')).toEqual(['{nom}', '{}']);
  });
});

describe('commenterName', () => {
  test.each([
    ['@alice_m', 'alice_m'],
    ['carol@hachyderm.io', 'carol'],
    ['bob', 'bob'],
    ['Zoé Martin 🌻', 'Zoé Martin 🌻'],
    ['  محمد  ', 'محمد'],
  ])('%s → %s', (author, name) => {
    expect(commenterName(author)).toBe(name);
  });
});
