import { hashtagKey } from './hashtag';
import type { DayTheme } from './settings-schema';
import type { Weekday } from './weekdays';
import { weekdays } from './weekdays';

/**
 * The handbook's weekday themes (docs/ARCHITECTURE.md, "Defaults"), one set per language. A brand starts from
 * the set of its language; the options offer the others and a mix of several (a French brand may
 * want #TBT beside #JeudiSouvenir). Ideas are written in the set's language: they become the
 * brand's own text once saved, like any other setting.
 *
 * Which tags are established and which are ours, so nobody mistakes a coinage for a trend:
 * - French. Established (seen on French-speaking X, Instagram and LinkedIn accounts):
 *   #LundiMotivation, #AstuceDuMardi, #QuizDuMardi, #MardiGourmand, #JeudiSouvenir,
 *   #JeudiGratitude, #TGIF (used as is in French), #SamediSelfie, #DimancheSelfie. Used but rare,
 *   kept because the handbook names them: #LundiEnMusique, #VendrediOnSuit (French accounts
 *   mostly write #FF), #DimancheFunday. Our coinage, from the handbook's wording: #MercrediFarfelu,
 *   #MercrediSagesse, #PenséesDuJeudi, #VendrediFun, #SamediSwag, #SamediSocial.
 *   Accents are kept (#PenséesDuJeudi): French users type them and the networks accept them.
 * - Russian. Established: #ПятничноеНастроение, #МузыкальныйПонедельник, #ВкусныйВторник,
 *   #СубботнееСелфи, #ВоскресноеСелфи. Used but rare: #ПонедельникМотивации, #НаконецПятница.
 *   Our coinage: #СоветВторника, #ВикторинаВторника, #ЗабавнаяСреда, #МудраяСреда,
 *   #ЧетвергВоспоминаний, #ЗадумчивыйЧетверг, #БлагодарныйЧетверг, #ПятницаРекомендаций,
 *   #СубботнийСтиль, #СубботаВместе, #ВоскресныйОтдых. Russian accounts mostly use the English
 *   tags (#tbt, #ff) for these, which the mix offers.
 */

export const themeLanguages = ['en', 'fr', 'ru'] as const;
export type ThemeLanguage = (typeof themeLanguages)[number];
export type ThemeSet = Record<Weekday, DayTheme>;

const en: ThemeSet = {
  monday: {
    hashtags: ['#MotivationMonday', '#MusicMonday'],
    idea: 'Start the week: a goal, a quote or a song.',
  },
  tuesday: {
    hashtags: ['#TipTuesday', '#TriviaTuesday', '#TreatTuesday'],
    idea: 'Share one practical tip.',
  },
  wednesday: {
    hashtags: ['#WackyWednesday', '#WisdomWednesday'],
    idea: 'Something light, or a lesson learned.',
  },
  thursday: {
    hashtags: ['#ThrowbackThursday', '#ThoughtfulThursday', '#ThankfulThursday'],
    idea: 'A look back, or thank someone.',
  },
  friday: {
    hashtags: ['#FollowFriday', '#TGIF', '#FridayFun'],
    idea: 'Recommend accounts worth following.',
  },
  saturday: {
    hashtags: ['#SelfieSaturday', '#SwagSaturday', '#SocialSaturday'],
    idea: 'Faces behind the brand, or your community.',
  },
  sunday: { hashtags: ['#SundayFunday', '#SelfieSunday'], idea: 'Something relaxed for the weekend.' },
};

const fr: ThemeSet = {
  monday: {
    hashtags: ['#LundiMotivation', '#LundiEnMusique'],
    idea: 'Lancez la semaine : un objectif, une citation ou une chanson.',
  },
  tuesday: {
    hashtags: ['#AstuceDuMardi', '#QuizDuMardi', '#MardiGourmand'],
    idea: 'Partagez une astuce pratique, ou une question à vos abonnés.',
  },
  wednesday: {
    hashtags: ['#MercrediFarfelu', '#MercrediSagesse'],
    idea: 'Un moment léger, ou une leçon apprise.',
  },
  thursday: {
    hashtags: ['#JeudiSouvenir', '#PenséesDuJeudi', '#JeudiGratitude'],
    idea: 'Un souvenir, ou un merci à quelqu’un.',
  },
  friday: {
    hashtags: ['#VendrediOnSuit', '#TGIF', '#VendrediFun'],
    idea: 'Recommandez des comptes à suivre.',
  },
  saturday: {
    hashtags: ['#SamediSelfie', '#SamediSwag', '#SamediSocial'],
    idea: 'Les visages derrière la marque, ou votre communauté.',
  },
  sunday: {
    hashtags: ['#DimancheFunday', '#DimancheSelfie'],
    idea: 'Quelque chose de détendu pour le week-end.',
  },
};

const ru: ThemeSet = {
  monday: {
    hashtags: ['#ПонедельникМотивации', '#МузыкальныйПонедельник'],
    idea: 'Начните неделю: цель, цитата или песня.',
  },
  tuesday: {
    hashtags: ['#СоветВторника', '#ВикторинаВторника', '#ВкусныйВторник'],
    idea: 'Поделитесь одним практическим советом.',
  },
  wednesday: {
    hashtags: ['#ЗабавнаяСреда', '#МудраяСреда'],
    idea: 'Что-нибудь лёгкое или извлечённый урок.',
  },
  thursday: {
    hashtags: ['#ЧетвергВоспоминаний', '#ЗадумчивыйЧетверг', '#БлагодарныйЧетверг'],
    idea: 'Взгляд в прошлое или благодарность кому-то.',
  },
  friday: {
    hashtags: ['#ПятницаРекомендаций', '#НаконецПятница', '#ПятничноеНастроение'],
    idea: 'Порекомендуйте аккаунты, на которые стоит подписаться.',
  },
  saturday: {
    hashtags: ['#СубботнееСелфи', '#СубботнийСтиль', '#СубботаВместе'],
    idea: 'Лица за брендом или ваше сообщество.',
  },
  sunday: {
    hashtags: ['#ВоскресныйОтдых', '#ВоскресноеСелфи'],
    idea: 'Что-нибудь спокойное для выходных.',
  },
};

export const themeSets: Readonly<Record<ThemeLanguage, ThemeSet>> = { en, fr, ru };

/**
 * The set of a language, as a fresh copy the caller may edit. Takes a language tag as the browser
 * gives it (`fr-CA`, `ru-RU`) as well as a bare one; anything we have no set for gets English.
 */
export function themesFor(language: string): ThemeSet {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  const known = themeLanguages.find((candidate) => candidate === primary);
  return copyOf(themeSets[known ?? 'en']);
}

/**
 * Several sets in one: per weekday, the tags of every set in the order given, each tag once
 * (case-insensitive), and the first set's idea, so the brand's own language leads.
 */
export function mixThemeSets(languages: readonly ThemeLanguage[]): ThemeSet {
  const chosen = languages.length > 0 ? languages : (['en'] as const);
  const mixed = copyOf(themeSets[chosen[0]]);
  for (const day of weekdays) {
    const seen = new Set<string>();
    mixed[day].hashtags = chosen
      .flatMap((language) => themeSets[language][day].hashtags)
      .filter((tag) => {
        const key = hashtagKey(tag);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }
  return mixed;
}

/**
 * The brand's themes with another set's tags added after its own, per weekday, each tag once: its
 * ideas and its own tags stay as the user wrote them.
 */
export function withTagsOf(themes: ThemeSet, language: ThemeLanguage): ThemeSet {
  const mixed = copyOf(themes);
  for (const day of weekdays) {
    const seen = new Set(mixed[day].hashtags.map(hashtagKey));
    for (const tag of themeSets[language][day].hashtags) {
      if (seen.has(hashtagKey(tag))) continue;
      seen.add(hashtagKey(tag));
      mixed[day].hashtags.push(tag);
    }
  }
  return mixed;
}

function copyOf(set: ThemeSet): ThemeSet {
  return Object.fromEntries(
    weekdays.map((day) => [day, { hashtags: [...set[day].hashtags], idea: set[day].idea }]),
  ) as ThemeSet;
}
