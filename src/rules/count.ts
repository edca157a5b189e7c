import twitterConfigs from 'twitter-text/dist/esm/configs';
import parseTweet from 'twitter-text/dist/esm/parseTweet';
import { extractLinks, type FoundLink } from './extract-links';

/**
 * Character counting the way each network counts. Every counter is linear and cheap on a
 * 5,000-character draft; the exact library algorithms are used where they are affordable.
 */

export function codePointLength(text: string): number {
  let count = text.length;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        index++;
      }
    }
  }
  return count;
}

/**
 * Characters that can join a grapheme cluster with a neighbour (UAX #29): extenders, joiners,
 * regional indicators, Hangul jamo, prepended marks (Grapheme_Cluster_Break=Prepend as of Unicode 16,
 * which added Tulu-Tigalari's U+113D1), CR. Elsewhere each code point is a grapheme.
 */
const joining =
  /(?:\u200c|\u200d|[\p{Grapheme_Extend}\p{M}\p{Emoji_Modifier}\p{Regional_Indicator}\r\u0e33\u0eb3\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}\u{113d1}])+/gu;

let segmenter: Intl.Segmenter | undefined;
const windowCache = new Map<string, number>();
/** Beyond this, a window is counted without the segmenter (see below). */
const longWindow = 256;
const joiningMark = /[\p{M}\p{Emoji_Modifier}]|\u200c|\u200d/gu;

/** How many grapheme boundaries inside `window` are not breaks (code points minus graphemes). */
function joinsIn(window: string): number {
  const cached = windowCache.get(window);
  if (cached !== undefined) return cached;
  let joins: number;
  if (window.length > longWindow) {
    // Intl.Segmenter in V8 slows down more than linearly on long input (16,000 characters took a
    // second); a long run of joiners is junk or an attack, so count marks and joiners as joining
    // the character before them, which is what they do in real text.
    joins = window.match(joiningMark)?.length ?? 0;
  } else {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let graphemes = 0;
    for (const _ of segmenter.segment(window)) graphemes++;
    joins = codePointLength(window) - graphemes;
  }
  if (windowCache.size > 5_000) windowCache.clear();
  windowCache.set(window, joins);
  return joins;
}

function codePointBefore(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && index > 1 ? 2 : 1;
}

function codePointAfter(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
}

/**
 * User-perceived characters, as Bluesky counts them. `Intl.Segmenter` decides, but only in a
 * window around each run of characters that can join a neighbour (the run and one code point on
 * each side): segmenting a whole 5,000-character draft took ~5 ms, while most text is one grapheme
 * per code point. Windows of neighbouring runs share at most one character, never a boundary, so
 * their counts add up exactly.
 */
export function graphemeLength(text: string): number {
  let count = codePointLength(text);
  joining.lastIndex = 0;
  for (let match = joining.exec(text); match; match = joining.exec(text)) {
    const start = match.index > 0 ? match.index - codePointBefore(text, match.index) : 0;
    const after = match.index + match[0].length;
    const end = after < text.length ? after + codePointAfter(text, after) : after;
    count -= joinsIn(text.slice(start, end));
  }
  return count;
}

// Weights from twitter-text's own configuration (v3): scale 100, default weight 200.
const twitterConfig = twitterConfigs.defaults;
const transformedUrlLength = twitterConfig.transformedURLLength;
/** The most a code point weighs on X (CJK and emoji: 2). */
const heaviest =
  Math.max(twitterConfig.defaultWeight, ...twitterConfig.ranges.map((range) => range.weight)) /
  twitterConfig.scale;

const emojiSequence =
  /\p{Regional_Indicator}{2}|[#*0-9]\ufe0f?\u20e3|\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier}|[\u{e0020}-\u{e007f}])*(?:\u200d\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})*)*/gu;

function bmpWeight(code: number): number {
  for (const range of twitterConfig.ranges) if (code >= range.start && code <= range.end) return range.weight;
  return twitterConfig.defaultWeight;
}

/**
 * twitter-text's algorithm (URLs 23, emoji 2, CJK 2) with our link finder. parseTweet's URL
 * expression is slow on long text and catastrophically slow on inputs like `a.a.a.…` (20 s for
 * 100,000 characters), so it only runs on drafts short enough for that not to matter.
 */
function fastTwitterLength(text: string, links: readonly FoundLink[]): number {
  const { scale, defaultWeight, transformedURLLength } = twitterConfig;
  const spans = new Map<number, number>();
  for (const link of links) spans.set(link.start, link.end);
  emojiSequence.lastIndex = 0;
  for (let match = emojiSequence.exec(text); match; match = emojiSequence.exec(text)) {
    if (!spans.has(match.index)) spans.set(match.index, -(match.index + match[0].length));
  }
  let weighted = 0;
  for (let index = 0; index < text.length; index++) {
    const span = spans.get(index);
    if (span !== undefined) {
      weighted += span > 0 ? transformedURLLength * scale : defaultWeight;
      index = Math.abs(span) - 1;
      continue;
    }
    const code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      weighted += defaultWeight;
      index++;
    } else weighted += bmpWeight(code);
  }
  return weighted / scale;
}

/** Beyond this many UTF-16 units a draft is far over X's 280; the fast count is precise enough. */
const exactTwitterLimit = 600;

/**
 * A cheap figure never below `twitterLength`: X weighs a code point (after NFC) at most 2 and counts
 * each link 23 in place of its own characters, and a link has at least one ASCII dot in its domain,
 * so links are never more than dots. Most drafts are far under 280 by this bound, and skip
 * parseTweet: its first call in a fresh worker compiles twitter-text's URL expressions (~50 ms of
 * a cold start, docs/ARCHITECTURE.md budget: 400 ms).
 */
export function twitterCeiling(text: string): number {
  const normalized = text.normalize('NFC');
  let dots = 0;
  for (let index = normalized.indexOf('.'); index !== -1; index = normalized.indexOf('.', index + 1)) dots++;
  return heaviest * normalized.length + transformedUrlLength * dots;
}

/** `links` are the text's own links when the caller has them (the draft's facts). */
export function twitterLength(text: string, links?: readonly FoundLink[]): number {
  if (text.length <= exactTwitterLimit) return parseTweet(text).weightedLength;
  const normalized = text.normalize('NFC');
  return fastTwitterLength(normalized, links && normalized === text ? links : extractLinks(normalized));
}

const emojiCodePoint =
  /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{e0020}-\u{e007f}]|\u200d|\ufe0f|\u20e3/gu;

function utf8Bytes(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Threads: characters, except that emoji count their UTF-8 bytes (😀 = 4, 👍🏽 = 8). */
export function threadsLength(text: string): number {
  let count = codePointLength(text);
  emojiCodePoint.lastIndex = 0;
  for (let match = emojiCodePoint.exec(text); match; match = emojiCodePoint.exec(text)) {
    count += utf8Bytes(match[0].codePointAt(0) ?? 0) - 1;
  }
  return count;
}

// Mastodon counts `@user@server` as `@user`.
const remoteMention = /(^|[^/\p{L}\p{N}_])@([\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+[\p{L}\p{N}]/gu;

/** Mastodon: graphemes, every URL as 23, remote mentions without their server. */
export function mastodonLength(text: string, links: readonly FoundLink[] = extractLinks(text)): number {
  let countable = '';
  let from = 0;
  for (const link of links) {
    countable += `${text.slice(from, link.start)}${'x'.repeat(23)}`;
    from = link.end;
  }
  countable += text.slice(from);
  return graphemeLength(countable.replace(remoteMention, '$1@$2'));
}
