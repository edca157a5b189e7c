import { describe, expect, test } from 'vitest';
import { draft, judge } from './test-kit';
import { toneRule } from './tone';

const reply = (text: string) =>
  judge(toneRule, draft(text, { kind: 'reply', replyTo: 'Your delivery was late!' }), {} as never);

const hintOf: Record<string, string> = {
  ruleToneContradiction: 'ruleToneHintContradiction',
  ruleToneBlame: 'ruleToneHintBlame',
  ruleToneDismissal: 'ruleToneHintDismissal',
  ruleToneRead: 'ruleToneHintRead',
  ruleToneSarcasm: 'ruleToneHintSarcasm',
  ruleToneYouPeople: 'ruleToneHintYouPeople',
  ruleToneInsult: 'ruleToneHintInsult',
  ruleToneShouting: 'ruleToneHintShouting',
  ruleTonePunctuation: 'ruleToneHintPunctuation',
};

describe('tone.reply: each kind, in each language', () => {
  test.each([
    [
      'en',
      'contradiction',
      'That is simply not true, the parcel left on Monday.',
      'ruleToneContradiction',
      'That is simply not true',
    ],
    [
      'fr',
      'contradiction',
      'C’est complètement faux, le colis est parti lundi.',
      'ruleToneContradiction',
      'C’est complètement faux',
    ],
    [
      'ru',
      'contradiction',
      'Вы ошибаетесь, посылка ушла в понедельник.',
      'ruleToneContradiction',
      'Вы ошибаетесь',
    ],
    [
      'en',
      'blame',
      'It’s your own fault, the address was incomplete.',
      'ruleToneBlame',
      'It’s your own fault',
    ],
    [
      'fr',
      'blame',
      "C'est de votre faute, l'adresse était incomplète.",
      'ruleToneBlame',
      "C'est de votre faute",
    ],
    ['ru', 'blame', 'Сами виноваты, адрес был указан не полностью.', 'ruleToneBlame', 'Сами виноваты'],
    [
      'en',
      'dismissal',
      'If you don’t like it, nobody is forcing you to buy.',
      'ruleToneDismissal',
      'nobody is forcing you',
    ],
    [
      'fr',
      'dismissal',
      'Si ça ne vous plaît pas, allez voir ailleurs.',
      'ruleToneDismissal',
      'allez voir ailleurs',
    ],
    ['ru', 'dismissal', 'Не нравится — не покупайте.', 'ruleToneDismissal', 'Не нравится — не покупайте'],
    ['en', 'read', 'Learn to read, it is in the description.', 'ruleToneRead', 'Learn to read'],
    ['fr', 'read', 'Apprenez à lire la fiche produit avant de commander.', 'ruleToneRead', 'Apprenez à lire'],
    ['ru', 'read', 'Читайте внимательнее, там всё указано.', 'ruleToneRead', 'Читайте внимательнее'],
    ['en', 'sarcasm', 'Oh great, another expert.', 'ruleToneSarcasm', 'Oh great'],
    ['fr', 'sarcasm', 'Ben voyons, encore un expert.', 'ruleToneSarcasm', 'Ben voyons'],
    ['ru', 'sarcasm', 'Ну конечно, ещё один эксперт.', 'ruleToneSarcasm', 'Ну конечно'],
    ['en', 'you people', 'You people never read anything.', 'ruleToneYouPeople', 'You people'],
    ['fr', 'you people', 'Vous autres, vous ne lisez jamais rien.', 'ruleToneYouPeople', 'Vous autres'],
    ['ru', 'you people', 'Такие как вы никогда ничего не читают.', 'ruleToneYouPeople', 'Такие как вы'],
    ['en', 'insult', 'Only an idiot would complain about that.', 'ruleToneInsult', 'idiot'],
    ['fr', 'insult', 'Quelle remarque stupide.', 'ruleToneInsult', 'stupide'],
    ['ru', 'insult', 'Это бред, перечитайте заказ.', 'ruleToneInsult', 'бред'],
    ['en', 'shouting', 'WE ALREADY TOLD YOU THE SHOP IS CLOSED', 'ruleToneShouting', 'WE'],
    ['fr', 'shouting', 'NOUS VOUS AVONS DÉJÀ RÉPONDU HIER', 'ruleToneShouting', 'NOUS'],
    ['ru', 'shouting', 'МЫ УЖЕ ВАМ ОТВЕТИЛИ ВЧЕРА', 'ruleToneShouting', 'МЫ'],
    ['en', 'repeated marks', 'Seriously?! We answered yesterday', 'ruleTonePunctuation', '?!'],
    ['fr', 'repeated marks', 'Vraiment ??', 'ruleTonePunctuation', '??'],
    ['ru', 'repeated marks', 'Серьёзно?!!', 'ruleTonePunctuation', '?!!'],
  ])('%s, %s: %s', (_, __, text, message, phrase) => {
    const finding = reply(text).find((item) => item.message === message);
    expect(finding).toMatchObject({
      id: 'tone.reply',
      severity: message === 'ruleToneInsult' ? 'error' : 'warn',
      hint: { message: hintOf[message] },
    });
    expect(finding?.evidence).toContain(phrase);
    expect(finding?.params?.[0]).toContain(`“${phrase}”`);
  });
});

describe('tone.reply: the text as people type it', () => {
  test.each([
    ['typographic apostrophe', 'C’est faux.', 'ruleToneContradiction', 'C’est faux'],
    ['apostrophe left out', 'Cest faux, désolé.', 'ruleToneContradiction', 'Cest faux'],
    [
      'accents left out',
      "Comme nous vous l'avons deja dit, c'est fini.",
      'ruleToneBlame',
      "Comme nous vous l'avons deja",
    ],
    ['accents kept, capital', 'Vous Avez Tort.', 'ruleToneContradiction', 'Vous Avez Tort'],
    ['a space for the hyphen', 'Calmez vous, ce n’est qu’un retard.', 'ruleToneBlame', 'Calmez vous'],
    ['е for ё', 'Все это вранье.', 'ruleToneContradiction', 'Все это вранье'],
    ['ё kept', 'Всё это враньё.', 'ruleToneContradiction', 'Всё это враньё'],
    ['en dash', 'Не нравится – не покупайте.', 'ruleToneDismissal', 'Не нравится – не покупайте'],
    ['hyphen', 'Не нравится - не покупайте.', 'ruleToneDismissal', 'Не нравится - не покупайте'],
    ['dash without spaces', 'Не нравится—не покупайте.', 'ruleToneDismissal', 'Не нравится—не покупайте'],
    [
      'no-break space',
      'Si ça ne vous plaît pas,\u00a0allez voir ailleurs.',
      'ruleToneDismissal',
      'allez voir ailleurs',
    ],
    ['line break inside', 'That is\nnot true.', 'ruleToneContradiction', 'That is not true'],
  ])('%s', (_, text, message, phrase) => {
    expect(reply(text).find((item) => item.message === message)?.evidence).toContain(phrase);
  });

  test('a phrase is found as a whole word only', () => {
    expect(reply('Our fauxbourg shop is open; the oh-greatest deals are here.')).toEqual([]);
  });

  test('phrases are listed in the order they come, each once', () => {
    const finding = reply('Learn to read! Read the description before you complain. Learn to read.').find(
      (item) => item.message === 'ruleToneRead',
    );
    expect(finding?.evidence).toEqual(['Learn to read', 'Read the description before you complain']);
  });

  test('several kinds in one reply are several findings, insults first in severity', () => {
    const findings = reply('You’re wrong, idiot. If you don’t like it, shop elsewhere.');
    expect(findings.map((finding) => finding.message)).toEqual([
      'ruleToneInsult',
      'ruleToneContradiction',
      'ruleToneDismissal',
    ]);
    expect(findings[0].severity).toBe('error');
  });
});

describe('tone.reply: calm replies are never flagged', () => {
  test.each([
    ['en, agreeing', 'You’re right, we fixed it. Thank you!'],
    ['fr, agreeing', 'Vous avez raison, c’est corrigé.'],
    ['ru, agreeing', 'Вы правы, мы всё исправили.'],
    ['en, denying neglect', 'It’s not true that we ignore you — sorry for the delay.'],
    ['fr, denying neglect', 'Ce n’est pas vrai que nous vous ignorons : désolés du retard.'],
    ['ru, denying neglect', 'Неправда, что мы вас не слышим: простите за задержку.'],
    ['en, read more as information', 'Read more about our return policy on our site: brand.com/returns'],
    ['fr, details as information', 'Retrouvez tous les détails sur notre site : brand.com'],
    ['ru, read more as information', 'Подробнее читайте на нашем сайте: brand.com'],
    ['en, quoting the customer', 'You wrote “that’s not true” — we checked, and you are right.'],
    ['fr, quoting the customer', 'Vous écrivez « c’est faux » : vous avez raison, nous corrigeons.'],
    ['ru, quoting the customer', 'Вы пишете «это неправда» — вы правы, исправляем.'],
    ['en, quoting an insult back', 'You called us “idiots” — we understand, and we are sorry.'],
    ['en, not their fault', 'It’s not your fault at all — the form had a bug.'],
    ['fr, our fault', 'C’est de notre faute : nous avons envoyé la mauvaise taille.'],
    ['ru, not their fault', 'Вы ни в чём не виноваты — в форме была ошибка.'],
    ['en, praise', 'Customers like you make our day!'],
    ['fr, praise', 'Des clients comme vous nous donnent envie de continuer, merci !'],
    ['ru, praise', 'Такие клиенты, как вы, делают нашу работу приятной.'],
    ['en, an exchange offered', 'If you don’t like the colour, you can exchange it for free.'],
    ['en, owning the mistake', 'Sorry, the mistake was ours. We should have warned you.'],
    ['ru, owning the mistake', 'Спасибо, что написали! Нам стоило предупредить вас заранее.'],
    ['en, information', 'You should have received a confirmation email; if not, check your spam folder.'],
    ['fr, information', 'Vous auriez dû recevoir un e-mail de confirmation.'],
    ['en, acronyms', 'Your order ships via DHL from the EU warehouse; tracking is on our FAQ page.'],
    ['en, one exclamation', 'Thanks a lot for your patience!'],
    [
      'ru, calm explanation',
      'Очевидно, произошла ошибка — мы её уже исправляем. Браво нашей команде поддержки.',
    ],
  ])('%s', (_, text) => {
    expect(reply(text)).toEqual([]);
  });

  test('new posts are not checked', () => {
    expect(judge(toneRule, draft('BIG SALE!!! DON’T MISS IT, NOBODY IS FORCING YOU'), {} as never)).toEqual(
      [],
    );
  });
});
