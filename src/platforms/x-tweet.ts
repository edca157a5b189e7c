/**
 * Reading every X tweet under a root: one `querySelectorAll` for the tweets, then queries scoped to
 * each tweet, which only visit its few dozen elements. Measured in Chromium on 2,400 tweets, this is
 * cheaper than one document-wide query per part whose results must each be walked up to their tweet.
 * What costs is crossing into the DOM once per element (an indexed read of a list, a `getAttribute`):
 * a native query that answers with one element is cheaper than reading four links in script, so
 * others' tweets are asked one question — does a link end in a brand's name? — and only the
 * brand's own tweets, and those that name it, have every link read. No layout reads.
 */
import { queryAll, textOf } from './dom';
import { firstAccepted, ownPart } from './own-part';

export interface TweetParts {
  tweet: Element;
  handle: string;
  /** `handle` lower-cased, the form brands and named handles are compared in. */
  who: string;
  id: string;
  text: string;
  /** The `datetime` text of its time, as the page wrote it (SeenComment's `writtenAt`). */
  writtenAt?: string;
  /**
   * Lower-case handles named outside the author line ("Replying to @…", mentions), not its own: read
   * for the brand's own tweets and those that name the brand (the names tell whom the brand
   * answered); empty for the others, where nothing asks.
   */
  named: readonly string[];
  /**
   * Whether a link outside the author line points at one of the brand's accounts; undefined where
   * nobody asks (`readTweets`' `everyReplyCountsAfter`).
   */
  namesBrand?: boolean;
}

export interface TweetSelectors {
  tweet: string;
  tweetText: string;
  time: string;
}

/** A status link's handle and id. */
export interface StatusLink {
  handle: string;
  id: string;
}

function isHandleCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95
  );
}

/**
 * `/acme/status/123…` read as `/^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/` would, by hand: a scan reads
 * one per tweet, and scanning the characters costs a fraction of running the expression.
 */
export function statusOf(path: string): StatusLink | null {
  if (path.charCodeAt(0) !== 47) return null;
  let end = 1;
  while (end < path.length && isHandleCode(path.charCodeAt(end))) end++;
  if (end === 1 || end > 16 || !path.startsWith('/status/', end)) return null;
  const from = end + 8;
  let to = from;
  while (to < path.length && path.charCodeAt(to) >= 48 && path.charCodeAt(to) <= 57) to++;
  return to === from ? null : { handle: path.slice(1, end), id: path.slice(from, to) };
}

/** The handle of a profile link's path, `/acme`, as `/^\/([A-Za-z0-9_]{1,15})$/` would read it. */
export function profileOf(path: string): string | null {
  if (path.charCodeAt(0) !== 47 || path.length < 2 || path.length > 16) return null;
  for (let index = 1; index < path.length; index++) if (!isHandleCode(path.charCodeAt(index))) return null;
  return path.slice(1);
}

const origin = /^https?:\/\/[^/]+/;

/** A link's path on X: most links are already paths, which skip the origin's expression. */
function hrefPath(link: Element): string {
  return pathOfHref(link.getAttribute('href') ?? '');
}

function pathOfHref(href: string): string {
  return href.charCodeAt(0) === 47 ? href : href.replace(origin, '');
}

/** Whether `element` belongs to `tweet` itself, not to a tweet nested in it. */
function ownedBy(element: Element, tweet: Element, selectors: TweetSelectors): boolean {
  return element.parentElement?.closest(selectors.tweet) === tweet;
}

const handleForm = /^[a-z0-9_]{1,15}$/;
/** Others' tweets share one empty list of names: no array per tweet for the scan to collect. */
const noNames: readonly string[] = [];

/**
 * `a[href$="/acme" i], …`: every link that can be a profile link to one of `brands` (a profile
 * link's whole path is `/acme`); null when no brand has the form of an X handle, so none can be named.
 */
function brandLinks(brands: ReadonlySet<string>): string | null {
  const handles = [...brands].filter((brand) => handleForm.test(brand));
  return handles.length ? handles.map((handle) => `a[href$="/${handle}" i]`).join(', ') : null;
}

/** Whether one of the tweet's own links matching `brandLink` is a profile link to one of `brands`. */
function namesAny(
  tweet: Element,
  brandLink: string,
  brands: ReadonlySet<string>,
  nested: boolean,
  selectors: TweetSelectors,
): boolean {
  const names = (anchor: Element) => {
    const profile = profileOf(hrefPath(anchor));
    return (
      profile !== null && brands.has(profile.toLowerCase()) && (!nested || ownedBy(anchor, tweet, selectors))
    );
  };
  // Most tweets have no such link, and the ones that do usually pass with the first: one call each.
  return firstAccepted(tweet, brandLink, names) !== null;
}

/** The text, time, status and named profiles of one tweet, from its own elements only. */
function readTweet(
  tweet: Element,
  selectors: TweetSelectors,
  nested: boolean,
  brands: ReadonlySet<string>,
  brandLink: string | null,
  askNames: boolean,
): TweetParts | null {
  const time = ownPart(tweet, selectors.time, selectors.tweet, nested);
  const datetime = time?.getAttribute('datetime') ?? null;
  // The time sits in its status link: on X its parent, read without matching a selector; one
  // native call finds the link where it sits higher.
  const parent = time?.parentElement;
  const href = parent?.getAttribute('href') ?? time?.closest('a[href]')?.getAttribute('href');
  const status = href ? statusOf(pathOfHref(href)) : null;

  const who = status ? status.handle.toLowerCase() : '';
  if (status && !brands.has(who)) {
    // A stranger's tweet: whom it names matters only when it names the brand, and only a link whose
    // path ends in a brand's name can. A native query finds those; the other links stay unread.
    const namesBrand = !askNames
      ? undefined
      : brandLink !== null && namesAny(tweet, brandLink, brands, nested, selectors);
    return partsOf(tweet, status, who, datetime, noNames, namesBrand, nested, selectors);
  }

  // Profile links: the author line's point at the tweet's own handle (dropped below); the others
  // are "Replying to @…" and mentions. Any status link stands in when the time has none.
  // With the status known, the links to it (time, media, analytics) and the author line's are left
  // to the query: on the brand's page, its 400 tweets in 2,400 read one link each instead of four.
  let fallback: StatusLink | null = null;
  const profiles: string[] = [];
  const anchors = tweet.querySelectorAll(
    status ? `a[href]:not([href*="/status/"]):not([href="/${who}" i])` : 'a[href]',
  );
  for (let index = 0; index < anchors.length; index++) {
    const anchor = anchors[index];
    const href = hrefPath(anchor);
    const single = href.lastIndexOf('/') === 0;
    if (single) {
      const profile = profileOf(href);
      if (profile && (!nested || ownedBy(anchor, tweet, selectors))) profiles.push(profile.toLowerCase());
    } else if (
      !status &&
      !fallback &&
      href.includes('/status/') &&
      (!nested || ownedBy(anchor, tweet, selectors))
    )
      fallback = statusOf(href);
  }

  const found = status ?? fallback;
  if (!found) return null;
  const handle = found.handle.toLowerCase();
  const named = profiles.filter((profile) => profile !== handle);
  const namesBrand = named.some((name) => brands.has(name));
  return partsOf(tweet, found, handle, datetime, named, namesBrand, nested, selectors);
}

function partsOf(
  tweet: Element,
  status: StatusLink,
  who: string,
  datetime: string | null,
  named: readonly string[],
  namesBrand: boolean | undefined,
  nested: boolean,
  selectors: TweetSelectors,
): TweetParts {
  // Every field set, unknown ones as undefined: one object shape for all tweets keeps the scan's
  // property reads monomorphic.
  return {
    tweet,
    handle: status.handle,
    who,
    id: status.id,
    text: textOf(ownPart(tweet, selectors.tweetText, selectors.tweet, nested)),
    writtenAt: datetime || undefined,
    named,
    namesBrand,
  };
}

/**
 * Every tweet under `root`; `brands` (lower-case) are the accounts whose names are looked for. On
 * the brand's own status page every reply below its post counts, named or not:
 * `everyReplyCountsAfter` (that post's id) spares those replies the question.
 */
export function readTweets(
  root: ParentNode,
  selectors: TweetSelectors,
  brands: ReadonlySet<string>,
  everyReplyCountsAfter?: string,
): TweetParts[] {
  const read: TweetParts[] = [];
  const tweets = queryAll(root, selectors.tweet);
  // A tweet that holds another (a quote rendered as a tweet) leaves the inner one its own parts. In
  // document order the first tweet it holds comes right after it: one cheap call per tweet, where a
  // query per tweet, or one over the page, would walk its elements.
  const holdsNext = (index: number) => index + 1 < tweets.length && tweets[index].contains(tweets[index + 1]);
  const brandLink = brandLinks(brands);
  let askNames = true;
  for (let index = 0; index < tweets.length; index++) {
    const parts = readTweet(tweets[index], selectors, holdsNext(index), brands, brandLink, askNames);
    if (!parts) continue;
    read.push(parts);
    if (parts.id === everyReplyCountsAfter) askNames = false;
  }
  return read;
}
