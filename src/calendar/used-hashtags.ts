import { hashtagKey } from '../shared/hashtag';
import type { PostRecord } from '../shared/post';
import { addDays, dayKey } from '../shared/time';

/**
 * Hashtags (as `hashtagKey`s) of the posts logged in the week that ends with `today`: today and
 * the six days before it, in the brand's zone. A weekly theme tag used last Monday is therefore
 * fresh again this Monday, which is what "a theme per weekday" asks for.
 */
export function hashtagsUsedInWeek(log: readonly PostRecord[], now: number, zone: string): Set<string> {
  const today = dayKey(now, zone);
  const since = addDays(today, -6);
  const used = new Set<string>();
  for (const post of log) {
    if (post.publishedAt > now) continue;
    if (dayKey(post.publishedAt, zone) < since) continue;
    for (const tag of post.hashtags) used.add(hashtagKey(tag));
  }
  return used;
}
