import { describe, expect, test } from 'vitest';
import { defaultSettings, settingsFor } from '../shared/settings-defaults';
import { answerOffers } from './answer-offers';

const settings = {
  ...settingsFor(defaultSettings('fr')),
  name: 'Café Lune',
  accounts: { mastodon: ['cafelune@mastodon.social'] },
  answers: [
    { id: 'thanks', category: 'praise' as const, title: 'Merci', text: 'Merci {name} ! — {brand}' },
    {
      id: 'sorry',
      category: 'complaint' as const,
      title: 'Désolé',
      text: 'Désolé {name}, écrivez-nous en privé : {link}',
      guidance: 'Remercier, reconnaître, passer en privé.',
    },
    {
      id: 'any',
      category: 'other' as const,
      title: 'Général',
      text: 'Bonjour {name}, {handle} vous répond.',
    },
  ],
};

describe('answerOffers', () => {
  test('the category’s answers first, then the general ones, filled for the commenter', () => {
    const offers = answerOffers(
      { author: 'carol@hachyderm.io', category: 'praise', network: 'mastodon' },
      settings,
    );
    expect(offers.map((offer) => [offer.id, offer.text, offer.unfilled])).toEqual([
      ['thanks', 'Merci carol ! — Café Lune', []],
      ['any', 'Bonjour carol, cafelune@mastodon.social vous répond.', []],
    ]);
  });

  test('a placeholder the brand has no value for stays visible, with the guidance beside it', () => {
    const [sorry] = answerOffers({ author: '@bob', category: 'complaint', network: 'x' }, settings);
    expect(sorry).toEqual({
      id: 'sorry',
      title: 'Désolé',
      text: 'Désolé bob, écrivez-nous en privé : {link}',
      unfilled: ['{link}'],
      guidance: 'Remercier, reconnaître, passer en privé.',
    });
    const [general] = answerOffers({ author: 'bob', network: 'x' }, settings);
    expect(general.unfilled).toEqual(['{handle}']);
  });

  test('an answer that the name takes over the network’s limit is flagged', () => {
    const long = {
      ...settings,
      answers: [{ id: 'long', category: 'other' as const, title: 'x', text: `${'a'.repeat(270)} {name}` }],
    };
    const [offer] = answerOffers({ author: 'a_rather_long_name', network: 'x' }, long);
    expect(offer.over).toEqual({ count: 289, max: 280 });
    expect(answerOffers({ author: 'al', network: 'x' }, long)[0].over).toBeUndefined();
  });
});
