/**
 * What "an English sentence in the French or Russian UI" means for the walk in no-english.spec.ts:
 * a text on screen that is one of our English messages (public/_locales/en), placeholders filled
 * with anything; or that holds one of the English weekday-theme ideas we ship, an English weekday
 * or month name, an ISO date, or a content type's id (dates go through Intl, types by their label).
 * The UI's texts are collected in the page: text nodes, and the attributes people and screen
 * readers read.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { themesFor } from '../../src/shared/theme-sets';

type Catalogue = Record<string, { message: string }>;

export function catalogue(language: string): Catalogue {
  const path = resolve(import.meta.dirname, `../../public/_locales/${language}/messages.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as Catalogue;
}

const en = catalogue('en');

/** Texts on screen that say the same in any language: names, not sentences. */
export const properNouns: readonly RegExp[] = [
  // The product's name, and the panel's accessible name (a docs/ARCHITECTURE.md contract).
  /^SMM [Aa]ssistant$/,
  // The networks' names.
  /^(?:X|Facebook|Instagram|Threads|LinkedIn|VK|Mastodon|Bluesky)$/,
  // Hashtags: the brand's and the calendar's own, written as people tag them.
  /^#[\p{L}\p{M}\p{N}_]+$/u,
  // Days French calls by their English name (the unusual-days dataset's French names).
  /^(?:Black Friday|Cyber Monday)$/,
];

/** Content types' ids, except those that are French words too (« image », « question », « promo »…). */
const typeIds = [
  'local-event',
  'curated',
  'testimonial',
  'holiday',
  'contest',
  'news',
  'theme',
  'text',
  'video',
  'link',
  'poll',
];
const frenchTypeIds = ['image', 'audio', 'question', 'faq', 'promo'];

/** Words and forms that give away English or raw data inside a longer text. */
function givenAway(language: string): EnglishText[] {
  const ids = [...typeIds, ...(language === 'fr' ? [] : frenchTypeIds)].map(escapeRegExp).join('|');
  return [
    {
      key: 'englishDateWord',
      pattern:
        /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/,
    },
    { key: 'isoDate', pattern: /\b\d{4}-\d{2}-\d{2}\b/ },
    // An id as a word of its own, not part of a hashtag, a domain, a longer word or an answer's
    // placeholder (`{link}` is written the same in every language).
    { key: 'typeId', pattern: new RegExp(`(?<![\\p{L}#/.{-])(?:${ids})(?![\\p{L}.}-])`, 'u') },
  ];
}

/**
 * Messages French writes exactly as English does: French words ("image", "audio", "question",
 * "format", "notifications", "sections", the feminine "active" of "marque active") and units ("min",
 * "h"). Checked against the French catalogue below, so the list can't hide a missing translation.
 */
export const sameInFrench = [
  'format_image',
  'format_audio',
  'category_faq',
  'durationHours',
  'durationMinutes',
  'commentCategoryQuestion',
  'popupFormat',
  'popupHashtags',
  'optionsMixFormats',
  'optionsNotifications',
  'optionsSections',
  'optionsActiveMark',
] as const;

interface EnglishText {
  /** The catalogue key, or `themeIdea` for a theme idea. */
  key: string;
  pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `$1 characters` matches "281 characters": each placeholder stands for some text. */
function patternOf(message: string): RegExp {
  const parts = message.trim().split(/\$\d/);
  return new RegExp(`^${parts.map(escapeRegExp).join('.+?')}$`, 's');
}

/** The English texts to look for in `language`'s UI. */
export function englishTexts(language: string): EnglishText[] {
  const own = catalogue(language);
  const same = new Set<string>(language === 'fr' ? sameInFrench : []);
  const texts: EnglishText[] = [];
  for (const [key, { message }] of Object.entries(en)) {
    // The product's name; the catalogue's own language tag (`en`), never shown.
    if (key === 'extName' || key === 'catalogueLanguage' || same.has(key)) continue;
    // A message of placeholders and punctuation only ("$1: $2") is no English of its own.
    if (!/\p{L}/u.test(message.replace(/\$\d/g, ''))) continue;
    texts.push({ key, pattern: patternOf(message) });
  }
  for (const theme of Object.values(themesFor('en'))) {
    texts.push({ key: 'themeIdea', pattern: new RegExp(escapeRegExp(theme.idea)) });
  }
  texts.push(...givenAway(language));
  // The allowed messages must really be the same in this language's catalogue.
  for (const key of same) {
    if (own[key]?.message !== en[key].message) throw new Error(`${key} differs in ${language}`);
  }
  return texts;
}

/** The English texts among `shown`, with the key each one is. */
export function englishAmong(shown: readonly string[], english: readonly EnglishText[]): string[] {
  const found = new Set<string>();
  for (const text of shown) {
    if (properNouns.some((noun) => noun.test(text))) continue;
    const match = english.find(({ pattern }) => pattern.test(text));
    if (match) found.add(`${match.key}: ${text}`);
  }
  return [...found].sort();
}

/**
 * Every text of the page (or of an element's shadow root): text nodes, and the attributes that are
 * read out or shown on hover (aria-label, title, placeholder, alt). Hidden text counts: a screen
 * reader's "Warning" is as English as a visible one.
 */
export function textsOf(page: Page, shadowHost?: string): Promise<string[]> {
  return page.evaluate((host) => {
    const root: Node | null | undefined = host ? document.querySelector(host)?.shadowRoot : document.body;
    if (!root) return [];
    const texts: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement?.localName;
        if (parent === 'script' || parent === 'style') continue;
        // A <wbr> is a place to wrap, not a break between words: #Giving<wbr>Tuesday (Hashtag.tsx)
        // reads as one hashtag, not as the English "Tuesday".
        const afterWbr = (node.previousSibling as Element | null)?.localName === 'wbr' && texts.length > 0;
        if (afterWbr) texts[texts.length - 1] += node.textContent ?? '';
        else texts.push(node.textContent ?? '');
        continue;
      }
      const element = node as Element;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts.map((text) => text.trim()).filter(Boolean);
  }, shadowHost);
}
