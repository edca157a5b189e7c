import type { Lang, Suggestion, SuggestionKind } from '../shared/calendar';
import type { Category } from '../shared/content-types';
import { hashtagKey } from '../shared/hashtag';
import { mixBalance } from '../shared/mix';
import type { PostRecord } from '../shared/post';
import type { BrandSettings } from '../shared/settings-defaults';
import { addDays } from '../shared/time';
import type { CalendarPlace } from './calendar-days';
import { calendarDaysOn } from './calendar-days';
import { todayKey, zoneOf } from './day';
import { dayIdea, eventIdea, themeLabel } from './labels';
import { daysUntil, eventsBetween, lastDayOf } from './local-events';
import { themeFor } from './themes';
import { hashtagsUsedInWeek } from './used-hashtags';

/** How far ahead local events are announced. */
export const EVENT_LOOKAHEAD_DAYS = 7;

const categoryOf: Record<SuggestionKind, Category> = { theme: 'theme', day: 'holiday', event: 'local-event' };

/**
 * Suggestions for the day containing `now` (epoch ms) in the brand's zone (`businessHours.timeZone`,
 * else the browser's). An instant rather than a day key because "used in the last week" and the
 * mix are about what was posted up to this moment. `log` is the active brand's posting log.
 *
 * `place` is where the brand is: its country's holidays join the unusual days, and the dataset
 * shows international days and that country's (others when switched on). Without it, no holidays.
 *
 * Ranked: hashtags not used this week first; then the one whose category is furthest under its
 * target in the mix; then the soonest. A hashtag offered twice (a custom day that repeats a theme
 * tag) appears once, in its best place.
 */
export function suggestionsFor(
  now: number,
  settings: BrandSettings,
  log: readonly PostRecord[],
  lang: Lang = settings.language ?? 'en',
  place?: CalendarPlace,
): Suggestion[] {
  const today = todayKey(now, settings);
  const used = hashtagsUsedInWeek(log, now, zoneOf(settings));
  const isUsed = (tag?: string) => (tag ? used.has(hashtagKey(tag)) : false);
  const candidates: Omit<Suggestion, 'category' | 'usedLastWeek'>[] = [];

  const theme = themeFor(today, settings);
  for (const hashtag of theme.hashtags) {
    candidates.push({
      kind: 'theme',
      hashtag,
      label: themeLabel(today),
      idea: theme.idea,
      date: today,
      daysUntil: 0,
    });
  }
  for (const day of calendarDaysOn(today, settings, lang, place)) {
    const label = day.names[lang];
    candidates.push({
      kind: 'day',
      hashtag: day.hashtag,
      label,
      names: day.names,
      ...(day.holidayType ? { holidayType: day.holidayType } : {}),
      idea: dayIdea(label),
      date: today,
      daysUntil: 0,
      sourceId: day.id,
    });
  }
  for (const event of eventsBetween(settings, today, addDays(today, EVENT_LOOKAHEAD_DAYS))) {
    const until = daysUntil(event, today);
    candidates.push({
      kind: 'event',
      hashtag: event.hashtag,
      label: event.name,
      idea: eventIdea(event, until),
      date: event.start,
      ...(event.end && event.end !== event.start ? { end: lastDayOf(event) } : {}),
      daysUntil: until,
      ...(event.place ? { place: event.place } : {}),
      sourceId: event.id,
    });
  }

  const gaps = mixBalance(log, settings, now).categories.gaps;
  const ranked = candidates
    .map((candidate) => ({
      ...candidate,
      category: categoryOf[candidate.kind],
      usedLastWeek: isUsed(candidate.hashtag),
    }))
    .sort(
      (a, b) =>
        Number(a.usedLastWeek) - Number(b.usedLastWeek) ||
        gaps[b.category] - gaps[a.category] ||
        a.daysUntil - b.daysUntil,
    );
  return withoutRepeatedHashtags(ranked);
}

function withoutRepeatedHashtags(suggestions: Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  return suggestions.filter((suggestion) => {
    if (!suggestion.hashtag) return true;
    const key = hashtagKey(suggestion.hashtag);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
