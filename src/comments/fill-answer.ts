/**
 * Filling a saved answer's placeholders (`{name}`, `{brand}`, `{handle}`, `{link}`) with what the
 * page and the settings know. A placeholder without a value, or one we don't know, stays in the
 * text as the user wrote it and is listed, so the user sees what is left to fill: an answer is
 * never sent half-filled without them seeing it.
 */
export const placeholders = ['name', 'brand', 'handle', 'link'] as const;
export type Placeholder = (typeof placeholders)[number];

export interface FilledAnswer {
  text: string;
  /** Placeholders left in the text (no value, or not one of ours), in order, once each. */
  unfilled: string[];
}

const placeholderPattern = /\{([^{}]*)\}/g;
/** Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…). */
const rightToLeft = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * A value as it goes into the text: trimmed, and a right-to-left one isolated so that the
 * punctuation and numbers around it keep their order in a left-to-right reply (and the reverse).
 */
function asInserted(value: string): string {
  const trimmed = value.trim();
  return rightToLeft.test(trimmed) ? `${FIRST_STRONG_ISOLATE}${trimmed}${POP_DIRECTIONAL_ISOLATE}` : trimmed;
}

/**
 * One pass over the text: a value that itself contains `{link}` (a commenter named so) is put in
 * as it is, never filled again.
 */
export function fillAnswer(text: string, values: Partial<Record<Placeholder, string>>): FilledAnswer {
  const unfilled: string[] = [];
  const filled = text.replace(placeholderPattern, (whole, inner: string) => {
    const key = inner.trim().toLowerCase();
    const value = (placeholders as readonly string[]).includes(key)
      ? values[key as Placeholder]?.trim()
      : undefined;
    if (value) return asInserted(value);
    if (!unfilled.includes(whole)) unfilled.push(whole);
    return whole;
  });
  return { text: filled, unfilled };
}

/** The placeholders of a text that we don't know (`{nom}`), for the options to point out. */
export function unknownPlaceholders(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(placeholderPattern)) {
    const key = match[1].trim().toLowerCase();
    if (!(placeholders as readonly string[]).includes(key) && !unknown.includes(match[0]))
      unknown.push(match[0]);
  }
  return unknown;
}

/**
 * The name to greet a commenter by, from the author a page shows: a handle loses its `@` and an
 * account's server (`carol@hachyderm.io` → `carol`), a display name stays as it is.
 */
export function commenterName(author: string): string {
  const trimmed = author.trim().replace(/^@/, '');
  const account = /^([\p{L}\p{N}_.-]+)@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.exec(trimmed);
  return account ? account[1] : trimmed;
}
