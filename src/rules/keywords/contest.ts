import { compileKeywords } from './compile';

/**
 * What a contest post must say (rules, who may enter, when it ends) and what platforms forbid,
 * in English, French and Russian.
 */
// biome-ignore format: word lists read better packed than one per line
export const contestWords = compileKeywords({
  rules: [
    'rules', 'official rules', 'terms and conditions', 'terms & conditions', 't&c', 't&cs', 'terms', 'how to enter',
    'règlement', 'conditions de participation', 'modalités', 'pour participer', 'правила',
    'условия участия', 'условия конкурса', 'условия розыгрыша', 'чтобы участвовать', 'для участия',
  ],
  eligibility: [
    'open to', '18+', '18 and over', '18 or older', 'aged 18', 'over 18', 'must be 18', 'residents of', 'eligible',
    'eligibility', 'ouvert à', 'ouvert aux', 'réservé aux', 'majeur*', 'résidant*', 'résident*', 'âgé* de',
    'de plus de 18 ans', 'участвовать могут', 'участник* должн*', 'старше 18', 'от 18 лет', 'жител*',
    'совершеннолетн*', 'только для',
  ],
  end: [
    'ends', 'ending', 'until', 'deadline', 'closes', 'close on', 'draw on', 'winner announced', 'winners announced',
    'announced on', "jusqu'au", "jusqu'à", 'se termine', 'fin du concours', 'avant le', 'tirage le', 'clôture',
    'résultats le', 'итоги', 'подведем итоги', 'завершится', 'заканчивается', 'продлится до', 'до конца',
    'розыгрыш состоится', 'определим победител*', 'объявим победител*',
  ],
  facebookBan: [
    'share on your timeline', 'share this on your timeline', 'share to your timeline', "share on your friend's timeline",
    'share on your wall', 'share this post to enter', 'tag your friends', 'tag a friend', 'tag # friends',
    'tag two friends', 'tag three friends', 'partagez sur votre mur', 'partage sur ton mur', 'partagez sur votre journal',
    'partagez cette publication', 'identifiez vos amis', 'identifiez un ami', 'identifie un ami', 'identifiez # amis',
    'identifie # amis', 'taguez # amis', 'taguez vos amis', 'поделитесь на своей странице', 'репост на свою страницу',
    'сделайте репост', 'отметьте друзей', 'отметьте друга', 'отметь друга', 'отметьте # друз*', 'отметь # друз*',
  ],
  instagramRelease: [
    'not sponsored', 'in no way sponsored', 'not endorsed', 'not administered by', 'not associated with instagram',
    'not affiliated with instagram', "n'est pas sponsorisé", "n'est en aucun cas", 'ni sponsorisé', 'ni associé',
    "n'est pas associé à instagram", 'не спонсируется', 'не связан* с instagram', 'не является спонсором',
    'instagram не имеет отношения', 'не аффилирован*',
  ],
});

/** A date: 12/10, 12.10.2025, 12 October, October 12th, 12 octobre, 12 октября. */
export const datePattern = new RegExp(
  [
    String.raw`\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th|er)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|déc)`,
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`,
    String.raw`\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)`,
  ].join('|'),
  'iu',
);
