/** Lists edited as text: one item per line, or comma-separated. */
export function listFromText(text: string, separators: RegExp = /[\n,]+/): string[] {
  return text
    .split(separators)
    .map((item) => item.trim())
    .filter(Boolean);
}

export function textFromList(list: readonly string[], separator = '\n'): string {
  return list.join(separator);
}
