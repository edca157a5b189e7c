import type { Network } from '../shared/networks';
import type { PostRecord } from '../shared/post';
import type { CadenceSettings } from '../shared/settings-schema';
import { clockMinutes, dayKey, epochOf, MINUTE, wallTime } from '../shared/time';
import type { NetworkCadenceToday } from '../shared/today';

/** The end of the quiet hours `epoch` falls in (they may span midnight), or `epoch` itself. */
function afterQuietHours(epoch: number, zone: string, quiet: CadenceSettings['quietHours']): number {
  if (!quiet) return epoch;
  const from = clockMinutes(quiet.from);
  const to = clockMinutes(quiet.to);
  if (from === to) return epoch;
  const wall = wallTime(epoch, zone);
  const at = wall.hour * 60 + wall.minute;
  const inside = from < to ? at >= from && at < to : at >= from || at < to;
  if (!inside) return epoch;
  const nextDay = from > to && at >= from ? 1 : 0;
  return epochOf(zone, wall.year, wall.month, wall.day + nextDay, Math.floor(to / 60), to % 60);
}

/**
 * Posts left under today's cap on one network and when the next one fits: after the minimum gap
 * since the last post and outside the quiet hours, today. The same reading as the `frequency` rule.
 */
export function cadenceToday(
  network: Network,
  cadence: CadenceSettings,
  posts: readonly PostRecord[],
  now: number,
  zone: string,
): NetworkCadenceToday {
  const today = dayKey(now, zone);
  const onNetwork = posts.filter((post) => post.network === network && post.publishedAt <= now);
  const postedToday = onNetwork.filter((post) => dayKey(post.publishedAt, zone) === today).length;
  const left = Math.max(0, cadence.dailyCap - postedToday);
  const last = onNetwork.reduce((latest, post) => Math.max(latest, post.publishedAt), -Infinity);
  let nextAt: number | null = null;
  if (left > 0) {
    const next = afterQuietHours(
      Math.max(now, last + cadence.minGapMinutes * MINUTE),
      zone,
      cadence.quietHours,
    );
    nextAt = dayKey(next, zone) === today ? next : null;
  }
  return { network, dailyCap: cadence.dailyCap, postedToday, left, nextAt };
}
