import { hashtagKey, isHashtag } from '../shared/hashtag';
import { extractLinks, type FoundLink } from './extract-links';

/** A hashtag as written in a draft. */
export interface FoundHashtag {
  /** With its `#`, as typed (`#Café`). */
  tag: string;
  /** Case-insensitive identity, for comparisons (`café`). */
  key: string;
  /** UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}

const tagBody = /[\p{L}\p{M}\p{N}_]+/uy;
// `C#`, `&#123;` and `a#b` are not tags: a tag starts after a space, punctuation or the text start.
const glued = /[\p{L}\p{M}\p{N}_&#＃/]/u;

function charBefore(text: string, index: number): string {
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index > 1) return text.slice(index - 2, index);
  return text[index - 1] ?? '';
}

/**
 * Every hashtag in `text`, Unicode-aware (`#Café`, `#привет`), outside links, in order. `links` are
 * the text's links when the caller has them already (the draft's facts).
 */
export function extractHashtags(
  text: string,
  links: readonly FoundLink[] = extractLinks(text),
): FoundHashtag[] {
  const tags: FoundHashtag[] = [];
  let linkIndex = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x23 && code !== 0xff03) continue;
    // `example.com/page#section` is part of a link.
    while (linkIndex < links.length && links[linkIndex].end <= index) linkIndex++;
    if (linkIndex < links.length && links[linkIndex].start <= index) continue;
    if (index > 0 && glued.test(charBefore(text, index))) continue;
    tagBody.lastIndex = index + 1;
    const body = tagBody.exec(text);
    if (!body) continue;
    const tag = `#${body[0]}`;
    const end = index + 1 + body[0].length;
    if (isHashtag(tag)) tags.push({ tag, key: hashtagKey(tag), start: index, end });
    index = end - 1;
  }
  return tags;
}

/** The distinct hashtags of `tags`, first spelling kept. */
export function distinctHashtags(tags: readonly FoundHashtag[]): FoundHashtag[] {
  const seen = new Set<string>();
  return tags.filter((tag) => !seen.has(tag.key) && seen.add(tag.key) !== undefined);
}
