import { describe, expect, test } from 'vitest';
import type { Category } from '../shared/content-types';
import type { AttachmentKind, Draft } from '../shared/draft';
import type { RuleContext } from './context';
import { draftFacts } from './draft-facts';
import { context, draft } from './test-kit';

const classifyDraft = (value: Draft, ctx: RuleContext) => draftFacts(value, ctx).classification;

describe('classifyDraft: category', () => {
  test.each([
    ['en', 'Giveaway time! Enter to win a year of coffee.', 'contest'],
    ['fr', 'Grand jeu-concours : tentez de gagner un panier garni !', 'contest'],
    ['ru', 'Розыгрыш! Разыгрываем сертификат на 5000 рублей.', 'contest'],
    ['en', 'Spring sale: 20% off everything with promo code SPRING.', 'promo'],
    ['fr', 'Soldes : -30 % sur toute la boutique.', 'promo'],
    ['ru', 'Скидка 15% на все десерты до воскресенья.', 'promo'],
    ['en', 'Which pastry should we bake next? Tell us below', 'question'],
    ['fr', 'Plutôt croissant ou pain au chocolat ? Dites-nous !', 'question'],
    ['ru', 'Как вы думаете, какой вкус добавить в меню?', 'question'],
    ['en', 'FAQ: do you deliver on Sundays? Yes, from 9 to 12.', 'faq'],
    ['fr', 'Questions fréquentes : livrez-vous le dimanche ? Oui.', 'faq'],
    ['ru', 'Часто спрашивают: есть ли у вас доставка? Да.', 'faq'],
    ['en', 'Thank you for the kind words, Anna! Our customers make our day.', 'testimonial'],
    ['fr', 'Merci pour ce témoignage, Claire : nos clients sont formidables.', 'testimonial'],
    ['ru', 'Спасибо за отзыв! Наши клиенты — лучшие.', 'testimonial'],
    ['en', 'Our spring newsletter is out: read the news from the bakery.', 'news'],
    ['fr', 'Nouveauté : nous annonçons l’ouverture d’une boutique à Lyon.', 'news'],
    ['ru', 'Новости пекарни: запускаем доставку по области.', 'news'],
    ['en', 'Join us at the farmers market this Saturday, see you at our booth!', 'local-event'],
    ['fr', 'Retrouvez-nous au salon du chocolat ce week-end.', 'local-event'],
    ['ru', 'Приходите на ярмарку в субботу, ждём вас!', 'local-event'],
    ['en', 'Merry Christmas to all our customers and their families.', 'holiday'],
    ['fr', 'Joyeux Noël à toutes et à tous.', 'holiday'],
    ['ru', 'С Новым годом, друзья! Поздравляем!', 'holiday'],
    ['en', 'Worth reading: example.org/coffee-history', 'curated'],
    ['fr', 'Article intéressant à lire : lemonde.fr/cafe', 'curated'],
    ['ru', 'Интересная статья: habr.com/ru/coffee', 'curated'],
  ] as [string, string, Category][])('%s: %s → %s', (_, text, category) => {
    const guess = classifyDraft(draft(text), context());
    expect(guess.category).toBe(category);
    expect(guess.confidence.category).toBeGreaterThan(0);
    expect(guess.evidence.length).toBeGreaterThan(0);
  });

  test.each([
    ['en', 'Good morning.'],
    ['fr', 'Bonjour à tous.'],
    ['ru', 'Доброе утро.'],
  ])('%s: nothing to go on → no category', (_, text) => {
    const guess = classifyDraft(draft(text), context());
    expect(guess).toMatchObject({ category: undefined, confidence: { category: 0 } });
  });

  test('hashtags of themes, days and local events decide', () => {
    const ctx = context({ calendarHashtags: ['#WorldPoetryDay'] });
    ctx.settings.localEvents = [
      { id: 'e', name: 'Fête du pain', start: '2025-03-18', hashtag: '#FeteDuPain' },
    ];
    expect(classifyDraft(draft('Morning! #TipTuesday'), ctx).category).toBe('theme');
    expect(classifyDraft(draft('A poem #WorldPoetryDay'), ctx).category).toBe('holiday');
    expect(classifyDraft(draft('À demain #FeteDuPain'), ctx).category).toBe('local-event');
    expect(classifyDraft(draft('Rendez-vous à la Fête du pain'), ctx).category).toBe('local-event');
  });

  test('the user’s override wins', () => {
    const guess = classifyDraft(
      draft('Giveaway!', { attachments: ['image'] }),
      context({ override: { category: 'news', format: 'video' } }),
    );
    expect(guess).toMatchObject({
      category: 'news',
      format: 'video',
      confidence: { category: 1, format: 1 },
      overridden: { category: true, format: true },
    });
  });
});

describe('classifyDraft: format', () => {
  test.each([
    [['poll'], 'A or B?', 'poll'],
    [['image', 'video'], 'Nouveau clip', 'video'],
    [['audio'], 'Écoutez', 'audio'],
    [['image'], 'Фото дня', 'image'],
    [[], 'Read brand.com/blog', 'link'],
    [[], 'Просто текст', 'text'],
  ] as [AttachmentKind[], string, string][])('%j %s → %s', (attachments, text, format) => {
    expect(classifyDraft(draft(text, { attachments }), context()).format).toBe(format);
  });
});
