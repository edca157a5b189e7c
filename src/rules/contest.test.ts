import { describe, expect, test } from 'vitest';
import type { Network } from '../shared/networks';
import { contestRule } from './contest';
import { context, draft, ids, judge } from './test-kit';

const messages = (text: string, network: Network = 'vk') =>
  judge(contestRule, draft(text, { network }), context()).map((finding) => finding.message);

const complete = {
  en: 'Giveaway! Win a coffee machine. Rules: brand.com/rules. Open to UK residents 18+. Ends 31 March.',
  fr: 'Jeu-concours : gagnez une machine à café. Règlement sur brand.com/reglement. Ouvert aux résidents français majeurs. Fin du concours le 31 mars.',
  ru: 'Розыгрыш кофемашины! Правила: brand.com/pravila. Участвовать могут жители России старше 18 лет. Итоги 31 марта.',
};

describe('contest.rules', () => {
  test.each([
    ['en', 'Giveaway! Win a coffee machine, just follow us.'],
    ['fr', 'Jeu-concours : gagnez une machine à café, abonnez-vous.'],
    ['ru', 'Розыгрыш кофемашины! Подпишитесь на нас.'],
  ])('%s: rules, eligibility and end date missing', (_, text) => {
    expect(messages(text)).toEqual([
      'ruleContestNoRules',
      'ruleContestNoEligibility',
      'ruleContestNoEndDate',
    ]);
    expect(ids(judge(contestRule, draft(text), context()))).toEqual([
      'contest.rules',
      'contest.rules',
      'contest.rules',
    ]);
  });

  test.each(Object.entries(complete))('%s: a complete contest post is fine', (_, text) => {
    expect(messages(text)).toEqual([]);
  });

  test.each([
    ['en', `${complete.en} Tag 3 friends and share on your timeline to enter!`, 'Tag 3 friends'],
    ['fr', `${complete.fr} Identifiez vos amis pour participer !`, 'Identifiez vos amis'],
    ['ru', `${complete.ru} Отметьте друзей в комментариях!`, 'Отметьте друзей'],
  ])('%s: Facebook forbids tagging friends or timeline shares', (_, text, words) => {
    const [finding] = judge(contestRule, draft(text, { network: 'facebook' }), context());
    expect(finding).toMatchObject({ severity: 'error', message: 'ruleContestFacebookBan' });
    expect(finding.evidence).toContain(words);
  });

  test.each([
    ['en', complete.en, `${complete.en} This promotion is not sponsored by or associated with Instagram.`],
    ['fr', complete.fr, `${complete.fr} Ce jeu n'est pas sponsorisé ni associé à Instagram.`],
    ['ru', complete.ru, `${complete.ru} Розыгрыш не спонсируется и не связан с Instagram.`],
  ])('%s: Instagram wants its release', (_, without, withRelease) => {
    expect(messages(without, 'instagram')).toEqual(['ruleContestInstagramRelease']);
    expect(messages(withRelease, 'instagram')).toEqual([]);
  });

  test.each([
    ['en', 'We won the best bakery award!'],
    ['fr', 'Nouvelle recette de croissant.'],
    ['ru', 'Новый рецепт круассана.'],
  ])('%s: not a contest', (_, text) => {
    expect(messages(text, 'facebook')).toEqual([]);
  });

  test('the user’s category override makes it a contest', () => {
    const findings = judge(
      contestRule,
      draft('Follow us for a surprise'),
      context({ override: { category: 'contest' } }),
    );
    expect(findings).toHaveLength(3);
  });
});
