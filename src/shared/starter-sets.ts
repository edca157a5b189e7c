import type { Category } from './content-types';

/** The categories a starter prompt helps with: the handbook's kinds of post that are easy to run short of. */
export const starterCategories = [
  'question',
  'testimonial',
  'faq',
  'news',
  'promo',
] as const satisfies readonly Category[];
export type StarterCategory = (typeof starterCategories)[number];

/**
 * The handbook's ideas as starter prompts, one set per language: an engaging question pattern, the
 * testimonial checklist (permission, photo, link to the person's account), a FAQ, news, an offer.
 * The user replaces any category's set in the options (`brand.starters`).
 */
const sets: Record<'en' | 'fr' | 'ru', Record<StarterCategory, string[]>> = {
  en: {
    question: [
      'Which one would you pick: A or B? Tell us in the comments.',
      'What is the first thing you do with our product?',
      'Finish the sentence: my perfect weekend is…',
    ],
    testimonial: [
      'Checklist: the person’s permission, their photo, a link to their account.',
      'Quote a customer in their own words, and say what they bought.',
    ],
    faq: [
      'The question we are asked most this month, and its short answer.',
      'Myth or fact? Answer a common misunderstanding about what we do.',
    ],
    news: ['What is new this week, in three lines.', 'Our newsletter is out: one thing you will find in it.'],
    promo: [
      'Offer: what, how much, until when, and how to get it.',
      'A discount for our followers only: the code and its end date.',
    ],
  },
  fr: {
    question: [
      'Plutôt A ou B ? Dites-le-nous en commentaire.',
      'Quelle est la première chose que vous faites avec notre produit ?',
      'Complétez la phrase : mon week-end idéal, c’est…',
    ],
    testimonial: [
      'À vérifier : l’accord de la personne, sa photo, un lien vers son compte.',
      'Citez un client avec ses propres mots, et dites ce qu’il a acheté.',
    ],
    faq: [
      'La question qu’on nous pose le plus ce mois-ci, et sa réponse courte.',
      'Vrai ou faux ? Corrigez une idée reçue sur notre métier.',
    ],
    news: [
      'Les nouveautés de la semaine, en trois lignes.',
      'Notre newsletter est sortie : une chose à y découvrir.',
    ],
    promo: [
      'Offre : quoi, combien, jusqu’à quand, et comment en profiter.',
      'Une réduction réservée à nos abonnés : le code et sa date de fin.',
    ],
  },
  ru: {
    question: [
      'Что выберете: А или Б? Напишите в комментариях.',
      'Что вы делаете с нашим продуктом в первую очередь?',
      'Продолжите фразу: идеальные выходные — это…',
    ],
    testimonial: [
      'Проверьте: согласие человека, его фото, ссылка на его аккаунт.',
      'Процитируйте клиента его словами и скажите, что он купил.',
    ],
    faq: [
      'Самый частый вопрос этого месяца и короткий ответ на него.',
      'Правда или миф? Разберите частое заблуждение о нашей работе.',
    ],
    news: ['Новости недели в трёх строках.', 'Вышла наша рассылка: одна вещь, которую вы в ней найдёте.'],
    promo: [
      'Предложение: что, сколько, до какого числа и как получить.',
      'Скидка только для подписчиков: код и дата окончания.',
    ],
  },
};

/** The built-in starters of a category in a language. */
export function defaultStarters(category: StarterCategory, language: 'en' | 'fr' | 'ru'): string[] {
  return sets[language][category];
}
