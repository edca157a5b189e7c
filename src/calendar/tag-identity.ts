/**
 * When two hashtags are the same tag for our purposes: case and accents aside (#FêteDesPères and
 * #FETEDESPERES), since people type both for the same day. Stricter than `hashtagKey`, which keeps
 * accents because the networks do.
 */
export function foldedTag(tag: string): string {
  return tag.replace(/^#/, '').normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
