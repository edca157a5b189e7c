/**
 * What date-holidays does not give: the hashtag people use for a holiday, its name where the data
 * has none in one of our languages, and the unusual-days entries it stands for (so a French brand
 * sees "Fête nationale" once on 14 July, not also the dataset's "Bastille Day").
 *
 * Keyed by the holiday's key (the English name as a slug, see holidays.ts), or `CC:key` for one
 * country's own choice, which wins. A holiday not listed gets a tag made from its name in the
 * brand's language (holidayHashtag). Hashtags keep accents (#FêteDesMères, #Pâques, #Noël): that is
 * how French accounts write them, and the networks treat the accented tag as a tag of its own.
 */
export interface HolidayLabel {
  names?: Partial<Record<Lang, string>>;
  hashtags?: Partial<Record<Lang, string>>;
  /** Ids of unusual-days entries that are this holiday. */
  replaces?: string[];
}

const all = (tag: string) => ({ en: tag, fr: tag, ru: tag });

export const holidayLabels: Readonly<Record<string, HolidayLabel>> = {
  'new-years-day': {
    hashtags: { en: '#NewYearsDay', fr: '#NouvelAn', ru: '#НовыйГод' },
    replaces: ['new-years-day'],
  },
  'new-years-eve': {
    hashtags: { en: '#NewYearsEve', fr: '#SaintSylvestre', ru: '#КанунНовогоГода' },
    replaces: ['new-years-eve'],
  },
  'christmas-eve': {
    names: { ru: 'Сочельник' },
    hashtags: { en: '#ChristmasEve', fr: '#RéveillonDeNoël', ru: '#Сочельник' },
    replaces: ['christmas-eve'],
  },
  'christmas-day': {
    hashtags: { en: '#Christmas', fr: '#Noël', ru: '#Рождество' },
    replaces: ['christmas-day'],
  },
  'RU:christmas-day': {
    names: { en: 'Orthodox Christmas', fr: 'Noël orthodoxe', ru: 'Рождество Христово' },
    hashtags: { en: '#OrthodoxChristmas', fr: '#NoëlOrthodoxe', ru: '#Рождество' },
    replaces: ['orthodox-christmas'],
  },
  'easter-sunday': { hashtags: { en: '#Easter', fr: '#Pâques', ru: '#Пасха' } },
  'orthodox-easter': { hashtags: { en: '#OrthodoxEaster', fr: '#PâquesOrthodoxe', ru: '#Пасха' } },
  'easter-monday': {
    names: { ru: 'Пасхальный понедельник' },
    hashtags: { en: '#EasterMonday', fr: '#LundiDePâques', ru: '#ПасхальныйПонедельник' },
  },
  'maundy-thursday': { names: { ru: 'Великий четверг' } },
  'good-friday': {
    names: { ru: 'Страстная пятница' },
    hashtags: { en: '#GoodFriday', fr: '#VendrediSaint', ru: '#СтрастнаяПятница' },
  },
  'mardi-gras': { hashtags: { en: '#MardiGras', fr: '#MardiGras', ru: '#МардиГра' } },
  'ascension-day': {
    names: { ru: 'Вознесение Господне' },
    hashtags: { en: '#AscensionDay', fr: '#Ascension', ru: '#Вознесение' },
  },
  pentecost: {
    names: { ru: 'Пятидесятница' },
    hashtags: { en: '#Pentecost', fr: '#Pentecôte', ru: '#Пятидесятница' },
  },
  'whit-monday': {
    names: { ru: 'Духов день' },
    hashtags: { en: '#WhitMonday', fr: '#LundiDePentecôte', ru: '#ДуховДень' },
  },
  assumption: {
    names: { ru: 'Успение Богородицы' },
    hashtags: { en: '#Assumption', fr: '#Assomption', ru: '#Успение' },
    replaces: ['assumption-day'],
  },
  'all-saints-day': {
    names: { ru: 'День всех святых' },
    hashtags: { en: '#AllSaintsDay', fr: '#Toussaint', ru: '#ДеньВсехСвятых' },
    replaces: ['all-saints-day'],
  },
  'all-souls-day': { names: { ru: 'День поминовения усопших' } },
  epiphany: {
    names: { fr: 'Épiphanie', ru: 'Богоявление' },
    hashtags: { en: '#Epiphany', fr: '#Épiphanie', ru: '#Богоявление' },
    replaces: ['epiphany'],
  },
  'saint-nicholas': {
    names: { ru: 'День святого Николая' },
    hashtags: { en: '#SaintNicholasDay', fr: '#SaintNicolas', ru: '#ДеньСвятогоНиколая' },
    replaces: ['saint-nicholas-day'],
  },
  'valentines-day': {
    names: { ru: 'День святого Валентина' },
    hashtags: { en: '#ValentinesDay', fr: '#SaintValentin', ru: '#ДеньСвятогоВалентина' },
    replaces: ['valentines-day'],
  },
  'st-patricks-day': {
    names: { fr: 'Saint-Patrick', ru: 'День святого Патрика' },
    hashtags: { en: '#StPatricksDay', fr: '#SaintPatrick', ru: '#ДеньСвятогоПатрика' },
    replaces: ['st-patricks-day'],
  },
  'groundhog-day': {
    names: { ru: 'День сурка' },
    hashtags: { en: '#GroundhogDay', fr: '#JourDeLaMarmotte', ru: '#ДеньСурка' },
    replaces: ['groundhog-day'],
  },
  halloween: {
    names: { fr: 'Halloween', ru: 'Хэллоуин' },
    hashtags: { en: '#Halloween', fr: '#Halloween', ru: '#Хэллоуин' },
    replaces: ['halloween'],
  },
  'international-womens-day': {
    hashtags: { en: '#InternationalWomensDay', fr: '#8Mars', ru: '#8Марта' },
    replaces: ['international-womens-day'],
  },
  'mothers-day': {
    names: { ru: 'День матери' },
    hashtags: { en: '#MothersDay', fr: '#FêteDesMères', ru: '#ДеньМатери' },
  },
  'RU:mothers-day': {
    hashtags: { en: '#MothersDay', fr: '#FêteDesMères', ru: '#ДеньМатери' },
    replaces: ['mothers-day-russia'],
  },
  'mothering-sunday': { hashtags: { en: '#MothersDay', fr: '#FêteDesMères', ru: '#ДеньМатери' } },
  'fathers-day': {
    names: { ru: 'День отца' },
    hashtags: { en: '#FathersDay', fr: '#FêteDesPères', ru: '#ДеньОтца' },
  },
  'FR:fathers-day': {
    hashtags: { en: '#FathersDay', fr: '#FêteDesPères', ru: '#ДеньОтца' },
    replaces: ['fathers-day-france'],
  },
  'CH:vatertag': {
    names: { en: "Father's Day", ru: 'День отца' },
    hashtags: { en: '#FathersDay', fr: '#FêteDesPères', ru: '#ДеньОтца' },
  },
  'labour-day': {
    names: { ru: 'День труда' },
    hashtags: { en: '#LabourDay', fr: '#FêteDuTravail', ru: '#ДеньТруда' },
  },
  'FR:labour-day': {
    names: { ru: 'Праздник труда (1 мая)' },
    hashtags: { en: '#LabourDay', fr: '#1erMai', ru: '#1Мая' },
    replaces: ['labour-day-and-lily-of-the-valley'],
  },
  'CA:labour-day': {
    names: { ru: 'День труда' },
    hashtags: { en: '#LabourDay', fr: '#FêteDuTravail', ru: '#ДеньТруда' },
    replaces: ['labour-day-canada'],
  },
  'US:labour-day': { names: { en: 'Labor Day' }, hashtags: { en: '#LaborDay' } },
  'FR:victory-day': {
    names: { ru: 'День Победы 1945 года' },
    hashtags: all('#8Mai1945'),
    replaces: ['victory-in-europe-day-france'],
  },
  'FR:bastille-day': {
    names: { fr: 'Fête nationale (14 Juillet)', ru: 'День взятия Бастилии' },
    hashtags: all('#14Juillet'),
    replaces: ['bastille-day'],
  },
  'armistice-day': {
    names: { ru: 'День перемирия 1918 года' },
    hashtags: { en: '#ArmisticeDay', fr: '#11Novembre', ru: '#ДеньПеремирия' },
    replaces: ['armistice-day'],
  },
  'BE:national-holiday': {
    names: { en: 'Belgian National Day', ru: 'Национальный день Бельгии' },
    hashtags: { en: '#BelgianNationalDay', fr: '#FêteNationaleBelge', ru: '#ДеньБельгии' },
    replaces: ['belgian-national-day'],
  },
  'BE:kings-feast': { names: { ru: 'День короля' } },
  'CH:bundesfeiertag': {
    names: { en: 'Swiss National Day', ru: 'Национальный день Швейцарии' },
    hashtags: { en: '#SwissNationalDay', fr: '#FêteNationaleSuisse', ru: '#ДеньШвейцарии' },
    replaces: ['swiss-national-day'],
  },
  'CH:boxing-day': {
    // "#SaintÉtienne" would be the football club's tag.
    names: { en: "St Stephen's Day", fr: 'Saint-Étienne', ru: 'День святого Стефана' },
    hashtags: { en: '#StStephensDay', fr: '#LendemainDeNoël', ru: '#ДеньСвятогоСтефана' },
  },
  'boxing-day': {
    names: { ru: 'День подарков' },
    hashtags: { en: '#BoxingDay', fr: '#LendemainDeNoël', ru: '#ДеньПодарков' },
    replaces: ['boxing-day'],
  },
  'CA:canada-day': {
    names: { ru: 'День Канады' },
    hashtags: { en: '#CanadaDay', fr: '#FêteDuCanada', ru: '#ДеньКанады' },
    replaces: ['canada-day'],
  },
  'CA:national-holiday': {
    names: { en: 'Quebec National Holiday', ru: 'Национальный праздник Квебека' },
    hashtags: { en: '#FêteNationaleDuQuébec', fr: '#FêteNationaleDuQuébec', ru: '#ДеньКвебека' },
    replaces: ['quebecs-national-holiday'],
  },
  'CA:thanksgiving': {
    names: { ru: 'День благодарения (Канада)' },
    hashtags: { en: '#Thanksgiving', fr: '#ActionDeGrâce', ru: '#ДеньБлагодарения' },
    replaces: ['thanksgiving-canada'],
  },
  'CA:national-day-for-truth-and-reconciliation': {
    names: { ru: 'Национальный день истины и примирения' },
    hashtags: { en: '#TruthAndReconciliation', fr: '#VéritéEtRéconciliation', ru: '#ДеньИстиныИПримирения' },
    replaces: ['national-day-for-truth-and-reconciliation'],
  },
  'CA:national-patriots-day': { names: { ru: 'Национальный день патриотов' } },
  'RU:new-year-holiday': {
    names: { fr: 'Vacances du Nouvel An' },
    hashtags: { en: '#NewYearHolidays', fr: '#VacancesDuNouvelAn', ru: '#НовогодниеКаникулы' },
  },
  'RU:defender-of-the-fatherland-day': {
    names: { fr: 'Journée du défenseur de la patrie' },
    hashtags: all('#23Февраля'),
    replaces: ['defender-of-the-fatherland-day'],
  },
  'RU:spring-and-labour-day': {
    names: { fr: 'Fête du printemps et du travail' },
    hashtags: { en: '#SpringAndLabourDay', fr: '#FêteDuPrintempsEtDuTravail', ru: '#ПраздникВесныИТруда' },
    replaces: ['spring-and-labour-day'],
  },
  'RU:victory-day': {
    names: { fr: 'Jour de la Victoire' },
    hashtags: all('#ДеньПобеды'),
    replaces: ['victory-day'],
  },
  'RU:russia-day': {
    names: { fr: 'Fête de la Russie' },
    hashtags: { en: '#RussiaDay', fr: '#FêteDeLaRussie', ru: '#ДеньРоссии' },
    replaces: ['russia-day'],
  },
  'RU:unity-day': {
    names: { fr: "Journée de l'unité nationale" },
    hashtags: { en: '#UnityDay', fr: '#UnitéNationale', ru: '#ДеньНародногоЕдинства' },
    replaces: ['national-unity-day'],
  },
  'US:thanksgiving-day': { replaces: ['thanksgiving-us'] },
  'US:independence-day': { hashtags: all('#IndependenceDay'), replaces: ['independence-day-us'] },
  'US:martin-luther-king-jr-day': { hashtags: all('#MLKDay'), replaces: ['martin-luther-king-jr-day'] },
  'US:veterans-day': { replaces: ['veterans-day'] },
  'US:juneteenth': { replaces: ['juneteenth'] },
};

/** The label of a holiday in `country`: the country's own entry over the general one. */
export function holidayLabel(country: string, key: string): HolidayLabel {
  const general = holidayLabels[key] ?? {};
  const own = holidayLabels[`${country}:${key}`] ?? {};
  return {
    names: { ...general.names, ...own.names },
    hashtags: { ...general.hashtags, ...own.hashtags },
    replaces: [...(general.replaces ?? []), ...(own.replaces ?? [])],
  };
}

import type { Lang } from '../shared/calendar';
