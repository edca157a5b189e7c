import parseTweet from 'twitter-text/dist/esm/parseTweet';
import { calendarHashtagsFor } from '../calendar/calendar-hashtags';
import { todayKey } from '../calendar/day';
import { suggestionsFor } from '../calendar/suggestions';
import { extractLinks } from '../rules/extract-links';
import { draftFacts, type RuleContext, ruleContext, runRules } from '../rules/index';
import { overLimit } from '../rules/length';
import type { Category } from '../shared/content-types';
import type { Draft } from '../shared/draft';
import { mixBalance } from '../shared/mix';
import type { PinnedIdea } from '../shared/plan';
import type { PostRecord } from '../shared/post';
import type { Advice } from '../shared/protocol';
import { type BrandSettings, settingsFor } from '../shared/settings-defaults';
import { DAY } from '../shared/time';
import { planItemsBetween } from '../store/plan-repo';
import { postsSince } from '../store/posts-repo';
import { readSettings } from '../store/settings-repo';
import { prepareHolidays } from './holiday-years';
import { languageOf, placeOf } from './language';
import { starterOffers } from './starter-offers';

/**
 * X drafts up to this many UTF-16 units are counted exactly (X premium allows 25,000). twitter-text
 * costs ~15 ms on 5,000 characters and ~30 ms on 25,000 (`npm run bench`, "x exact count"): too
 * slow for every run of the rules (their budget is 1 ms), affordable once per settled draft here,
 * off the page's thread. Past this size the rules' fast count stands.
 */
export const EXACT_X_UNITS = 30_000;

/** The exact weighted length of an X draft the fast count can't settle, when it is affordable. */
export function exactTwitterLength(draft: Draft): number | undefined {
  if (draft.network !== 'x' || draft.text.length <= 600 || draft.text.length > EXACT_X_UNITS)
    return undefined;
  return parseTweet(draft.text.normalize('NFC')).weightedLength;
}

/** Called when holidays computed behind an answer are ready (the worker tells open tabs). */
let holidaysReady: (() => void) | undefined;
export function whenHolidaysReady(callback: () => void): void {
  holidaysReady = callback;
}

/** What a draft is judged for: which brand, when, and the category the user chose, if any. */
export interface AdviceFor {
  now: number;
  brandId?: string;
  category?: Category;
}

/** The rules' context for one draft: the brand's settings, its log of the mix window, today's calendar. */
async function rulesContext(settings: BrandSettings, { now, category }: AdviceFor): Promise<RuleContext> {
  const place = placeOf(settings);
  const [log] = await Promise.all([
    postsSince(now - Math.max(settings.mix.windowDays, 14) * DAY),
    // Holidays not computed yet come with a later answer: the first one never waits for them.
    prepareHolidays(place, todayKey(now, settings), { wait: false, onComputed: holidaysReady }),
  ]);
  return ruleContext(settings, now, {
    log,
    calendarHashtags: calendarHashtagsFor(now, settings, place, languageOf(settings)),
    ...(category ? { override: { category } } : {}),
  });
}

/** Whether this worker has read a draft's links yet (adviseDraft). */
let linksReadOnce = false;

/** Judges a draft for the panel: findings, the guessed content type and today's suggestions. */
export async function adviseDraft(draft: Draft, judged: AdviceFor): Promise<Advice> {
  const { now } = judged;
  // A fresh worker's first read of links compiles linkify-it's expressions (6-10 ms of the cold
  // answer's 400 ms budget). The first draft's links need nothing stored: they are read in a task
  // of their own while the database answers, not after it, and the rules then find them in
  // extract-links.ts's cache. Later drafts gain nothing from it, and are read once, by the rules.
  if (!linksReadOnce) {
    linksReadOnce = true;
    setTimeout(() => {
      try {
        extractLinks(draft.text);
      } catch {
        // The links rule reads them again, and reports what fails.
      }
    }, 0);
  }
  const settings = settingsFor(await readSettings(), judged.brandId);
  // Today's pinned ideas are read alongside the log.
  const [rules, pinned] = await Promise.all([
    rulesContext(settings, judged),
    pinnedToday(draft, now, settings),
  ]);
  const exact = exactTwitterLength(draft);
  const result = runRules(draft, exact === undefined ? rules : { ...rules, exactTwitterLength: exact });
  const { classification, hashtags, brandPosts } = result.facts;
  return {
    now,
    findings: result.findings,
    ruleErrors: result.failures.map((failure) => failure.rule),
    draftType: {
      format: classification.format,
      category: classification.category ?? null,
      confidence: classification.confidence.category,
    },
    draftHashtags: hashtags.map((tag) => tag.key),
    suggestions: suggestionsFor(now, settings, brandPosts, languageOf(settings), placeOf(settings)),
    pinned,
    starters: starterOffers(settings, mixBalance(brandPosts, settings, now), languageOf(settings)),
  };
}

/** The ideas pinned for today on the draft's network and not done yet, ready to insert. */
async function pinnedToday(draft: Draft, now: number, settings: BrandSettings): Promise<PinnedIdea[]> {
  const today = todayKey(now, settings);
  const items = await planItemsBetween(settings.id, today, today);
  return items
    .filter((item) => item.network === draft.network && !item.done)
    .map((item) => {
      const over = overLimit(item.text, item.network, settings.mastodonCharLimit);
      return {
        id: item.id,
        text: item.text,
        ...(item.category ? { category: item.category } : {}),
        ...(over ? { over } : {}),
      };
    });
}

/** The publishing-log facts of a draft the user published: format, category (theirs wins), tags, links. */
export async function publishedFacts(
  draft: Draft,
  judged: AdviceFor,
): Promise<Pick<PostRecord, 'format' | 'category' | 'hashtags' | 'links'>> {
  const rules = await rulesContext(settingsFor(await readSettings(), judged.brandId), judged);
  const { classification, hashtags, links } = draftFacts(draft, rules);
  const chosen = judged.category ?? classification.category;
  return {
    format: classification.format,
    ...(chosen ? { category: chosen } : {}),
    hashtags: hashtags.map((tag) => tag.tag),
    links: links.map((link) => link.url),
  };
}
