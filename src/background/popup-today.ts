import { calendarDaysOn } from '../calendar/calendar-days';
import { todayKey, weekdayOf, zoneOf } from '../calendar/day';
import { suggestionsFor } from '../calendar/suggestions';
import { weekPlan } from '../calendar/week-plan';
import type { CommentsSummary } from '../shared/comment';
import { hashtagKey } from '../shared/hashtag';
import { mixBalance } from '../shared/mix';
import { networks } from '../shared/networks';
import type { PostRecord } from '../shared/post';
import { type BrandSettings, settingsFor } from '../shared/settings-defaults';
import type { Settings } from '../shared/settings-schema';
import { dayKey, startOfDay } from '../shared/time';
import type { PopupToday } from '../shared/today';
import { cadenceToday } from './cadence-today';
import { languageOf, placeOf } from './language';

/**
 * The popup's checklist for the day containing `now` in the brand's zone. Pure: the handler reads
 * the settings, the log and the ticks. Automatic items are done when the log shows it (a post today
 * with a theme hashtag, …); the brand's own recurring tasks are ticked by hand (`ticks`).
 */
export function buildPopupToday(
  now: number,
  all: Settings,
  allPosts: readonly PostRecord[],
  ticks: Record<string, boolean>,
  comments: CommentsSummary,
): PopupToday {
  const settings = settingsFor(all);
  const lang = languageOf(settings);
  const place = placeOf(settings);
  const zone = zoneOf(settings);
  const day = todayKey(now, settings);
  const brandId = settings.id;
  const several = settings.brandCount > 1;
  // With one brand every logged post is its own, whatever id an older version stored (as the rules do).
  const log = allPosts
    .filter((post) => post.publishedAt <= now && (!several || post.brandId === brandId))
    .sort((a, b) => a.publishedAt - b.publishedAt);
  const today = log.filter((post) => dayKey(post.publishedAt, zone) === day);
  const tagsToday = new Set(today.flatMap((post) => post.hashtags.map(hashtagKey)));
  const usedToday = (tag?: string) => Boolean(tag && tagsToday.has(hashtagKey(tag)));

  const theme = settings.weekdayThemes[weekdayOf(day)];
  // Judged on the posts before today, so what the mix "needs next" holds still for the day.
  const balance = mixBalance(log, settings, Math.min(now, startOfDay(now, zone) - 1));
  const format = balance.formats.mostNeeded;
  const category = balance.categories.mostNeeded;

  const cadence = networksShown(settings).map((network) =>
    cadenceToday(network, settings.cadence[network], log, now, zone),
  );
  const suggestions = suggestionsFor(now, settings, log, lang, place);

  return {
    now,
    day,
    zone,
    lang,
    settings: all,
    theme: { hashtags: theme.hashtags, idea: theme.idea, done: theme.hashtags.some(usedToday) },
    comments,
    mix: {
      format,
      category,
      done: today.some((post) => post.format === format || post.category === category),
    },
    cadence: {
      networks: cadence,
      done: today.length > 0 && cadence.every((entry) => entry.postedToday <= entry.dailyCap),
    },
    unusualDays: calendarDaysOn(day, settings, lang, place).map((calendarDay) => {
      const suggestion = suggestions.find((s) => s.kind === 'day' && s.sourceId === calendarDay.id);
      return {
        id: calendarDay.id,
        name: calendarDay.names[lang],
        hashtag: calendarDay.hashtag,
        idea: suggestion?.idea ?? '',
        done: usedToday(calendarDay.hashtag),
      };
    }),
    events: suggestions
      .filter((s) => s.kind === 'event')
      .map((s) => ({
        id: s.sourceId ?? s.label,
        name: s.label,
        ...(s.hashtag ? { hashtag: s.hashtag } : {}),
        ...(s.place ? { place: s.place } : {}),
        idea: s.idea,
        daysUntil: s.daysUntil,
        done:
          s.daysUntil > 0 || usedToday(s.hashtag) || today.some((post) => post.category === 'local-event'),
      })),
    ticks,
    week: weekPlan(now, settings, log, place, lang),
  };
}

/** The networks the brand has an account on; all of them until it has named one. */
function networksShown(settings: BrandSettings) {
  const named = networks.filter((network) => (settings.accounts[network] ?? []).length > 0);
  return named.length > 0 ? named : [...networks];
}
