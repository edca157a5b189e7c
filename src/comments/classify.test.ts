import { describe, expect, test } from 'vitest';
import type { CommentCategory } from '../shared/comment';
import { classifyComment, foldText } from './classify';

describe('classifyComment', () => {
  test.each<[string, CommentCategory]>([
    // English
    ['How much does the large one cost?', 'question'],
    ['When do you open on Saturdays', 'question'],
    ['@brand where can I buy this', 'question'],
    ['Is it available in blue', 'question'],
    ['I want a refund, the zipper is broken', 'complaint'],
    ['Worst customer service ever.', 'complaint'],
    ['Why is my order still not here? This is a scam', 'complaint'],
    ['My parcel never arrived 😡', 'complaint'],
    ['Please send me the price list', 'request'],
    ['Could you add a vegan option', 'request'],
    ['Love this! Thank you so much', 'praise'],
    ['Amazing work, well done team', 'praise'],
    ['Love it when you post these', 'praise'],
    ['👍👍', 'praise'],
    ['Earn $500 a day from home with crypto, DM me', 'spam-like'],
    ['Nice pic! Follow back? Check my profile', 'spam-like'],
    ['Join now t.me/bestsignals', 'spam-like'],
    ['ok', 'other'],
    ['Mike Jones', 'other'],
    // French
    ['Combien coûte la livraison ?', 'question'],
    ['Quand est-ce que vous ouvrez', 'question'],
    ['Bonjour, est-ce que vous livrez en Belgique', 'question'],
    ['Je veux être remboursée, c’est une arnaque', 'complaint'],
    ['Le produit ne fonctionne pas et je suis déçue', 'complaint'],
    ['Commande jamais reçue.', 'complaint'],
    ['Pouvez-vous m’envoyer le catalogue svp', 'request'],
    ['J’aimerais réserver une table pour samedi', 'request'],
    ['Merci, c’est génial !', 'praise'],
    ['Bravo pour ce coup de cœur', 'praise'],
    ['Gagnez de l’argent facilement, lien dans ma bio', 'spam-like'],
    ['Suivez-moi et je vous suis', 'spam-like'],
    ['Ah bon', 'other'],
    // Russian
    ['Сколько стоит доставка?', 'question'],
    ['Где находится ваш магазин', 'question'],
    ['А когда будет новая коллекция', 'question'],
    ['Приложение не работает, верните деньги', 'complaint'],
    ['Ужасное обслуживание', 'complaint'],
    ['Заказ так и не пришёл', 'complaint'],
    ['Пришлите, пожалуйста, прайс', 'request'],
    ['Хочу заказать торт на пятницу', 'request'],
    ['Спасибо, всё отлично!', 'praise'],
    ['Как всегда, шикарно!', 'praise'],
    ['Наконец-то заработало, спасибо', 'praise'],
    ['Пассивный доход от 1000$ в день, пиши в личку', 'spam-like'],
    ['Взаимная подписка, подпишись', 'spam-like'],
    ['Ну ладно', 'other'],
  ])('%s → %s', (text, expected) => {
    expect(classifyComment(text)).toBe(expected);
  });

  test.each([
    ['spam-like wins over everything', 'Great product! Earn money with bitcoin, how? DM me', 'spam-like'],
    ['a complaint phrased as a question stays a complaint', 'Why is it broken again?', 'complaint'],
    ['a polite question is a request', 'Can you please tell me the opening hours?', 'request'],
    ['a grateful question is a question', 'Thanks! When is the next workshop?', 'question'],
    ['a word inside another word does not count', 'Unbroken record, bestseller', 'other'],
    ['Cyrillic boundaries: "как" inside "также" is no interrogative', 'Я также был там', 'other'],
  ])('%s', (_name, text, expected) => {
    expect(classifyComment(text)).toBe(expected);
  });
});

describe('foldText', () => {
  test.each([
    ['Déçue', 'decue'],
    ['ЁЖИК', 'ежик'],
    ['Cœur', 'coeur'],
    ['c’est', "c'est"],
  ])('%s → %s', (text, expected) => {
    expect(foldText(text)).toBe(expected);
  });
});
