/** Lists edited as text. Domains go one per line (or comma-separated); hashtags by spaces too. */
export function listFromText(text: string, separators: RegExp = /[\n,]+/): string[] {
  return text
    .split(separators)
    .map((item) => item.trim())
    .filter(Boolean);
}

export const bySpaces = /[\s,]+/;

export function textFromList(list: readonly string[], separator = '\n'): string {
  return list.join(separator);
}
