import { compileKeywords } from './compile';

/**
 * Phrases that turn an answer into an argument, in English, French and Russian. Curated to be
 * unambiguous: words that also occur in calm replies ("obviously", "bravo", "очевидно") are left
 * out, because a calm reply must never be flagged.
 */
// biome-ignore format: word lists read better packed than one per line
export const toneWords = compileKeywords({
  blame: [
    "you're wrong", 'you are wrong', "it's your fault", 'it is your fault', 'your own fault', 'you should have',
    "you didn't read", 'you did not read', 'as we already said', 'as i already said', 'as we said before',
    'like i said', 'calm down', 'not our fault', 'not our problem', 'you people', 'learn to read', 'read again',
    'if you had read', 'stop complaining', 'deal with it',
    'vous avez tort', 'tu as tort', "c'est de votre faute", "c'est votre faute", "c'est ta faute", 'vous auriez dû',
    "comme nous l'avons déjà dit", "comme je l'ai déjà dit", 'calmez-vous', 'calme-toi', "ce n'est pas notre faute",
    "ce n'est pas notre problème", "vous n'avez pas lu", 'relisez', 'arrêtez de vous plaindre',
    'вы не правы', 'вы неправы', 'сами виноваты', 'это ваша вина', 'ваша вина', 'надо было читать',
    'как мы уже говорили', 'как я уже говорил*', 'успокойтесь', 'не наша вина', 'не наша проблема',
    'читайте внимательнее', 'вы ничего не понимаете', 'хватит жаловаться', 'не надо было',
  ],
  insult: [
    'idiot*', 'stupid', 'moron*', 'dumb', 'pathetic', 'clueless', 'liar*', 'loser*', 'shut up', 'ignorant',
    'imbécile*', 'crétin*', 'stupide*', 'débile*', 'abruti*', 'menteur*', 'menteuse*', 'tais-toi', 'taisez-vous',
    'pathétique*', 'ridicule*', 'идиот*', 'дурак*', 'дура', 'тупой', 'тупая', 'тупые', 'тупица', 'кретин*', 'лжец*',
    'вранье', 'врун*', 'заткнись', 'заткнитесь', 'неадекват*', 'бред',
  ],
  sarcasm: [
    'yeah right', 'sure, because', 'oh great', 'thanks for nothing', 'good luck with that', 'wow, just wow',
    'what a surprise', 'congratulations, genius', 'bien sûr, parce que', 'merci pour rien', 'ben voyons',
    'quelle surprise', 'bravo, vraiment', 'bravo le génie', 'ну конечно', 'спасибо за ничего', 'ага, щас',
    'ага, конечно', 'какая неожиданность', 'ну-ну', 'гений, однако', '🙄', '🤡', '🤦', '😒', '😏', '🖕',
  ],
});
