/**
 * A hashtag as the networks accept it: `#` then letters, marks, digits or `_`, not digits only.
 * Unicode-aware so `#Café` and `#привет` are whole tags.
 */
export const hashtagPattern = /^#[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*$/u;

export function isHashtag(value: string): boolean {
  return hashtagPattern.test(value);
}

/** Case-insensitive identity of a tag, for "is this tag already in the draft" questions. */
export function hashtagKey(tag: string): string {
  return tag.replace(/^#/, '').toLocaleLowerCase();
}
