import { compileKeywords } from './compile';

/**
 * Words that point to a content category, in English, French and Russian. `strong` words decide a
 * category on their own; `weak` ones only tip the balance. Syntax: see compile.ts.
 */
// biome-ignore format: word lists read better packed than one per line
export const categoryWords = compileKeywords({
  'contest:strong': [
    'giveaway*', 'contest*', 'sweepstake*', 'enter to win', 'chance to win', 'raffle',
    'concours', 'jeu-concours', 'jeu concours', 'tirage au sort', 'à gagner', 'a gagner',
    'конкурс*', 'розыгрыш*', 'разыгрыва*', 'разыграем',
  ],
  'contest:weak': ['win', 'winner*', 'prize*', 'gagne*', 'gagnant*', 'lots', 'выигра*', 'приз*', 'победител*', 'дарим'],
  'promo:strong': [
    'discount*', 'promo code', 'coupon*', 'voucher*', 'special offer', 'limited offer', 'limited-time offer',
    'free shipping', 'buy one get one', 'black friday', 'cyber monday', 'clearance', 'on sale', '% off',
    'réduction*', 'remise*', 'soldes', 'code promo', 'offre spéciale', 'offre limitée', 'bon plan*', 'bons plans',
    'livraison gratuite', 'vente privée', 'déstockage', 'скидк*', 'промокод*', 'распродаж*', 'спецпредложени*',
    'бесплатная доставка', 'черная пятница', 'купон*', 'кешбэк', 'кэшбэк',
  ],
  'promo:weak': ['sale', 'deal*', 'offer*', 'save', 'promo*', 'offre*', 'prix', 'акци*', 'выгодн*', 'цена', 'цены', 'дешевле'],
  'question:strong': [
    'what do you think', 'tell us', 'let us know', 'would you rather', 'comment below', 'in the comments',
    "qu'en pensez-vous", 'dites-nous', 'en commentaire*', 'как вы думаете',
    'напишите в комментариях', 'расскажите нам', 'делитесь в комментариях',
  ],
  'question:weak': ['which', 'et vous', 'а вы', 'your favourite', 'your favorite', 'lequel', 'laquelle', 'préféré*', 'какой', 'какая', 'любим*'],
  'faq:strong': [
    'faq', 'frequently asked', 'you asked', 'you often ask', 'q&a', 'questions fréquentes', 'foire aux questions',
    'vous nous demandez', 'on nous demande souvent', 'часто спрашивают', 'частые вопросы', 'вопрос-ответ', 'чаво',
    'вы спрашивали', 'отвечаем на вопрос*',
  ],
  'faq:weak': ['how to', 'how do i', 'comment faire', 'как сделать', 'как выбрать'],
  'testimonial:strong': [
    'testimonial*', 'customer review*', 'our customer*', 'our client*', 'kind words', 'five stars', '5 stars', '★★★★★',
    'témoignage*', 'avis client*', 'nos clients', 'retour client', 'ils nous font confiance', 'отзыв*',
    'наш* клиент*', 'наш* покупател*', 'пишет наш*',
  ],
  'testimonial:weak': ['review*', 'feedback', 'says', 'avis', 'retour*', 'спасибо за', 'довол*'],
  'news:strong': [
    'newsletter*', 'announce*', 'announcing', 'just launched', 'introducing', 'now available', 'press release',
    'breaking', 'actualité*', 'nouveauté*', 'nous annonçons', "lettre d'information", 'communiqué*', 'lancement',
    'disponible dès', 'новост*', 'рассылк*', 'анонс*', 'запуска*', 'представляем', 'теперь доступ*', 'пресс-релиз*',
  ],
  'news:weak': ['news', 'update*', 'launch*', 'new', 'nouveau', 'nouvelle', 'annonce', 'новинк*', 'обновлени*', 'нов*'],
  'local-event:strong': [
    'meetup', 'meet-up', 'join us', 'see you at', 'workshop*', 'festival*', 'pop-up', 'open day', 'our booth',
    'événement*', 'evenement*', 'salon', 'rejoignez-nous', 'retrouvez-nous', 'atelier*', 'portes ouvertes',
    'venez nous voir', 'мероприяти*', 'ярмарк*', 'фестивал*', 'приходите', 'ждем вас', 'мастер-класс*',
    'выставк*', 'день открытых дверей',
  ],
  'local-event:weak': ['event*', 'fair', 'market', 'concert*', 'conference*', 'exhibition*', 'marché', 'foire', 'встреч*', 'концерт*'],
  'holiday:strong': [
    'happy holidays', 'merry christmas', 'happy new year', "valentine's day", 'happy easter', 'halloween',
    'thanksgiving', "mother's day", "father's day", 'joyeux noël', 'bonne année', 'joyeuses fêtes', 'joyeuses pâques',
    'saint-valentin', 'fête des mères', 'fête des pères', 'с праздником', 'с новым годом', 'с рождеством',
    'с 8 марта', 'поздравля*', 'масленниц*',
  ],
  'holiday:weak': ['holiday*', 'christmas', 'new year', 'easter', 'noël', 'fête*', 'pâques', 'праздник*', 'рождеств*', 'новый год'],
  'theme:strong': ['tip of the day', 'throwback', "astuce du jour", 'совет дня'],
  'theme:weak': ['tip', 'astuce*', 'совет*'],
  'curated:strong': ['worth reading', 'recommended reading', 'must read', 'à lire', 'article intéressant', 'рекомендуем почитать', 'интересная статья'],
  'curated:weak': ['via', 'read more', 'source', 'lire la suite', 'источник', 'подробнее'],
});
