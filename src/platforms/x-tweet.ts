/**
 * Reading every X tweet under a root with one `querySelectorAll` per part (the tweets, their times,
 * texts and links) and no query per tweet: each part finds its tweet by walking up a
 * few parents to an element of the tweet set. A brand's thread can hold thousands of tweets; this
 * keeps a scan linear and cheap, with no layout reads.
 */
import { queryAll, textOf } from './dom';

export interface TweetParts {
  tweet: Element;
  handle: string;
  id: string;
  text: string;
  writtenAt?: number;
  /** Lower-case handles named outside the author line ("Replying to @…", mentions), not its own. */
  named: string[];
}

export interface TweetSelectors {
  tweet: string;
  tweetText: string;
  time: string;
}

const statusPath = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;
const profilePath = /^\/([A-Za-z0-9_]{1,15})$/;
const origin = /^https?:\/\/[^/]+/;

/** The nearest ancestor of `node` that is in `set` (at most `depth` levels up). */
function ownerIn<T>(node: Element, set: Map<Element, T> | Set<Element>, depth = 16): Element | null {
  let current: Element | null = node.parentElement;
  for (let level = 0; current && level < depth; level++, current = current.parentElement) {
    if (set.has(current)) return current;
  }
  return null;
}

interface Draft {
  status: RegExpExecArray | null;
  fallback: RegExpExecArray | null;
  datetime: string | null;
  text: Element | null;
  profiles: string[];
}

export function readTweets(root: ParentNode, selectors: TweetSelectors): TweetParts[] {
  const tweets = new Map<Element, Draft>();
  for (const tweet of queryAll(root, selectors.tweet)) {
    tweets.set(tweet, { status: null, fallback: null, datetime: null, text: null, profiles: [] });
  }
  if (tweets.size === 0) return [];

  for (const time of queryAll(root, `${selectors.tweet} ${selectors.time}`)) {
    const parts = tweets.get(ownerIn(time, tweets) as Element);
    if (!parts || parts.datetime !== null) continue; // the first time is the tweet's own
    parts.datetime = time.getAttribute('datetime');
    let link = time.parentElement;
    for (let level = 0; link && link.tagName !== 'A' && level < 3; level++) link = link.parentElement;
    if (link?.tagName === 'A')
      parts.status = statusPath.exec((link.getAttribute('href') ?? '').replace(origin, ''));
  }
  for (const text of queryAll(root, `${selectors.tweet} ${selectors.tweetText}`)) {
    const parts = tweets.get(ownerIn(text, tweets) as Element);
    if (parts && !parts.text) parts.text = text;
  }
  // Profile links: the author line's point at the tweet's own handle (dropped below); the others
  // are "Replying to @…" and mentions.
  for (const link of queryAll(root, `${selectors.tweet} a[href]`)) {
    const href = (link.getAttribute('href') ?? '').replace(origin, '');
    const single = href.lastIndexOf('/') === 0;
    if (!single && !href.includes('/status/')) continue;
    const parts = tweets.get(ownerIn(link, tweets) as Element);
    if (!parts) continue;
    if (single) {
      const profile = profilePath.exec(href);
      if (profile) parts.profiles.push(profile[1].toLowerCase());
    } else parts.fallback ??= statusPath.exec(href);
  }

  const read: TweetParts[] = [];
  for (const [tweet, parts] of tweets) {
    const own = parts.status ?? parts.fallback;
    if (!own) continue;
    const handle = own[1].toLowerCase();
    const at = parts.datetime ? Date.parse(parts.datetime) : Number.NaN;
    read.push({
      tweet,
      handle: own[1],
      id: own[2],
      text: textOf(parts.text),
      ...(Number.isFinite(at) ? { writtenAt: at } : {}),
      named: parts.profiles.filter((profile) => profile !== handle),
    });
  }
  return read;
}
