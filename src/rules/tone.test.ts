import { describe, expect, test } from 'vitest';
import { draft } from './test-kit';
import { toneRule } from './tone';

const reply = (text: string) =>
  toneRule.check(draft(text, { kind: 'reply', replyTo: 'Your delivery was late!' }), {} as never);

describe('tone.reply', () => {
  test.each([
    ['en, shouting', 'WE ALREADY TOLD YOU THE SHOP IS CLOSED', 'ruleToneShouting', 'WE'],
    ['fr, shouting', 'NOUS VOUS AVONS DÉJÀ RÉPONDU HIER', 'ruleToneShouting', 'NOUS'],
    ['ru, shouting', 'МЫ УЖЕ ВАМ ОТВЕТИЛИ ВЧЕРА', 'ruleToneShouting', 'МЫ'],
    ['en, repeated marks', 'Seriously?! We answered yesterday!!!', 'ruleTonePunctuation', '?!'],
    ['fr, repeated marks', 'Vraiment ??', 'ruleTonePunctuation', '??'],
    ['ru, repeated marks', 'Серьёзно?!!', 'ruleTonePunctuation', '?!!'],
    [
      'en, blame',
      'You should have read the description, it is not our fault.',
      'ruleToneBlame',
      'You should have',
    ],
    ['fr, blame', 'Vous avez tort, relisez la description.', 'ruleToneBlame', 'Vous avez tort'],
    ['ru, blame', 'Вы не правы, сами виноваты.', 'ruleToneBlame', 'Вы не правы'],
    ['en, insult', 'Only an idiot would complain about that.', 'ruleToneInsult', 'idiot'],
    ['fr, insult', 'Quelle remarque stupide.', 'ruleToneInsult', 'stupide'],
    ['ru, insult', 'Это бред, вы идиоты.', 'ruleToneInsult', 'бред'],
    ['en, sarcasm', 'Oh great, another expert. Yeah right.', 'ruleToneSarcasm', 'Oh great'],
    ['fr, sarcasm', 'Merci pour rien, ben voyons.', 'ruleToneSarcasm', 'Merci pour rien'],
    ['ru, sarcasm', 'Ну конечно, мы во всём виноваты 🙄', 'ruleToneSarcasm', 'Ну конечно'],
  ])('%s', (_, text, message, word) => {
    const finding = reply(text).find((item) => item.message === message);
    expect(finding).toMatchObject({
      id: 'tone.reply',
      severity: message === 'ruleToneInsult' ? 'error' : 'warn',
    });
    expect(finding?.evidence).toContain(word);
    expect(finding?.params?.[0]).toContain(`“${word}”`);
  });

  test.each([
    ['en', 'Thank you for your message. We are sorry about the delay and will check your order today.'],
    ['en, acronyms', 'Your order ships via DHL from the EU warehouse; tracking is on our FAQ page.'],
    ['en, one exclamation', 'Thanks a lot for your patience!'],
    ['fr', 'Merci pour votre message. Nous sommes désolés du retard et vérifions votre commande.'],
    ['fr, calm disagreement', 'Nous comprenons votre point de vue ; voici ce que nous pouvons proposer.'],
    ['ru', 'Спасибо за сообщение! Приносим извинения за задержку, проверим заказ сегодня.'],
    [
      'ru, calm explanation',
      'Очевидно, произошла ошибка — мы её уже исправляем. Браво нашей команде поддержки.',
    ],
  ])('%s: a calm reply is never flagged', (_, text) => {
    expect(reply(text)).toEqual([]);
  });

  test('new posts are not checked', () => {
    expect(toneRule.check(draft('BIG SALE!!! DON’T MISS IT'), {} as never)).toEqual([]);
  });
});
