import type { Draft } from '../shared/draft';
import type { Finding } from '../shared/finding';
import { hashtagKey, isHashtag } from '../shared/hashtag';
import { wallTime } from '../shared/time';
import { weekdays } from '../shared/weekdays';
import type { RuleContext } from './context';
import { zoneOf } from './context';
import type { DraftFacts } from './draft-facts';
import type { Rule } from './rule';

interface Candidate {
  hashtag: string;
  source: 'weekday' | 'day';
}

/** Today's weekday theme hashtags (in the user's zone), then the calendar's, without repeats. */
function candidatesFor(context: RuleContext): { candidates: Candidate[]; idea: string } {
  const weekday = weekdays[wallTime(context.now, zoneOf(context)).weekday];
  const theme = context.settings.weekdayThemes[weekday];
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  const push = (hashtag: string, source: Candidate['source']) => {
    const tag = hashtag.trim();
    if (!isHashtag(tag) || seen.has(hashtagKey(tag))) return;
    seen.add(hashtagKey(tag));
    candidates.push({ hashtag: tag, source });
  };
  for (const tag of theme?.hashtags ?? []) push(tag, 'weekday');
  for (const tag of context.calendarHashtags) push(tag, 'day');
  return { candidates, idea: theme?.idea ?? '' };
}

/**
 * Suggests today's hashtags for a new post. The weekday's tags are alternatives (#TipTuesday or
 * #TriviaTuesday) and the day's are extra hooks, but once the draft carries any of today's tags
 * the user has chosen: the rule stays quiet rather than nag for the others.
 */
export const themeRule: Rule = {
  id: 'theme',
  check(draft: Draft, context: RuleContext, facts: DraftFacts): Finding[] {
    if (draft.kind !== 'post') return [];
    const { candidates, idea } = candidatesFor(context);
    if (!candidates.length) return [];
    const present = new Set(facts.hashtags.map((tag) => tag.key));
    if (candidates.some((candidate) => present.has(hashtagKey(candidate.hashtag)))) return [];
    return candidates.map(({ hashtag, source }) => ({
      id: 'theme.missing',
      severity: 'info',
      message: source === 'weekday' ? 'ruleThemeMissingWeekday' : 'ruleThemeMissingDay',
      params: source === 'weekday' ? [hashtag, idea] : [hashtag],
      evidence: [hashtag],
      action: { kind: 'insert-hashtag', hashtag },
    }));
  },
};
