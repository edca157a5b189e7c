import type { Draft } from '../shared/draft';
import type { Finding, FindingParam } from '../shared/finding';
import { networkNames } from '../shared/networks';
import type { PostRecord } from '../shared/post';
import type { CadenceSettings } from '../shared/settings-schema';
import { clockMinutes, epochOf, startOfDay, wallTime } from '../shared/time';
import type { RuleContext } from './context';
import { zoneOf } from './context';
import type { DraftFacts } from './draft-facts';
import type { Rule } from './rule';

const minute = 60_000;

function clock(epoch: number, zone: string): string {
  const { hour, minute: minutes } = wallTime(epoch, zone);
  return `${String(hour).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

type QuietHours = NonNullable<CadenceSettings['quietHours']>;

/** The end of the quiet hours `epoch` falls in (they may span midnight), or `epoch` itself. */
function afterQuietHours(epoch: number, zone: string, quiet: QuietHours | null): number {
  if (!quiet) return epoch;
  const from = clockMinutes(quiet.from);
  const to = clockMinutes(quiet.to);
  if (from === to) return epoch;
  const wall = wallTime(epoch, zone);
  const now = wall.hour * 60 + wall.minute;
  const inside = from < to ? now >= from && now < to : now >= from || now < to;
  if (!inside) return epoch;
  const nextDay = from > to && now >= from ? 1 : 0;
  return epochOf(zone, wall.year, wall.month, wall.day + nextDay, Math.floor(to / 60), to % 60);
}

/** The next slot as the messages' `$4` (its time) and `$5` (its date), written by the panel. */
function slotParams(epoch: number, zone: string): FindingParam[] {
  return [
    { kind: 'time', at: epoch, zone },
    { kind: 'date', at: epoch, zone },
  ];
}

const minutes = (value: number): FindingParam => ({ kind: 'minutes', minutes: value });

/**
 * The handbook: don't post so often that it irritates the audience. Compares the brand's posts on
 * this network with settings.cadence (daily cap in the user's day, minimum gap) and says when the
 * next post would fit, quiet hours included. Replies are conversation, not posts: not counted.
 */
export const frequencyRule: Rule = {
  id: 'frequency',
  check(draft: Draft, context: RuleContext, facts: DraftFacts): Finding[] {
    if (draft.kind !== 'post') return [];
    const cadence = context.settings.cadence[draft.network];
    if (!cadence) return [];
    const { now } = context;
    const zone = zoneOf(context);
    const name = networkNames[draft.network];
    const posts: PostRecord[] = facts.brandPosts.filter((post) => post.network === draft.network);
    const dayStart = startOfDay(now, zone);
    const today = posts.filter((post) => post.publishedAt >= dayStart);
    const last = posts[posts.length - 1];
    const capped = today.length >= cadence.dailyCap;
    const gapEnd = last ? last.publishedAt + cadence.minGapMinutes * minute : now;
    const tooSoon = gapEnd > now;

    let next = Math.max(now, gapEnd);
    if (capped) {
      const wall = wallTime(now, zone);
      next = Math.max(next, epochOf(zone, wall.year, wall.month, wall.day + 1));
    }
    next = afterQuietHours(next, zone, cadence.quietHours);
    const slot = slotParams(next, zone);

    const findings: Finding[] = [];
    if (capped) {
      findings.push({
        id: 'frequency.daily-cap',
        severity: 'warn',
        message: 'ruleFrequencyDailyCap',
        params: [today.length, cadence.dailyCap, name, ...slot],
        evidence: today.map((post) => clock(post.publishedAt, zone)),
      });
    }
    if (tooSoon && last) {
      findings.push({
        id: 'frequency.min-gap',
        severity: 'warn',
        message: 'ruleFrequencyMinGap',
        params: [
          minutes(Math.floor((now - last.publishedAt) / minute)),
          minutes(cadence.minGapMinutes),
          name,
          ...slot,
        ],
        evidence: [clock(last.publishedAt, zone)],
      });
    }
    if (!capped && !tooSoon && next > now && cadence.quietHours) {
      findings.push({
        id: 'frequency.quiet-hours',
        severity: 'info',
        message: 'ruleFrequencyQuietHours',
        params: [
          { kind: 'clock', clock: cadence.quietHours.from },
          { kind: 'clock', clock: cadence.quietHours.to },
          name,
          ...slot,
        ],
        evidence: [clock(now, zone)],
      });
    }
    return findings;
  },
};
