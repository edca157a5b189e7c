/**
 * The anchor words of a tone pattern: word beginnings such that every match of the pattern holds
 * one of them at the start of a word. The tone rule looks for anchors first (a walk over the
 * reply's words) and runs only the patterns whose anchors occur: compiling all ~300 patterns at
 * once cost a long task on the first reply, and running them all cost more than the rule's budget.
 *
 * Reads the pattern syntax of keywords/tone.ts (a space is white space, `'` and `~` may be
 * missing) and the part of regular expressions those patterns use.
 */

interface Quantity {
  min: number;
}

type Item =
  /** Letters in a row (a quantifier applies to the last one alone, so it stands apart). */
  | ({ kind: 'letters'; text: string } & Quantity)
  | ({ kind: 'space' } & Quantity)
  /** Any other single character or class: it ends a run of letters. */
  | ({ kind: 'other' } & Quantity)
  | ({ kind: 'group'; options: Item[][] } & Quantity)
  /** Look-arounds and `^`, `$`: they take no room. */
  | { kind: 'zero' };

/** Latin letters, digits and Cyrillic letters: by code, as this runs for every pattern at load. */
function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x430 && code <= 0x44f);
}

class Reader {
  at = 0;
  constructor(readonly source: string) {}

  options(): Item[][] {
    const options = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options;
  }

  sequence(): Item[] {
    const items: Item[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const item = this.atom();
      if (item.kind !== 'zero') item.min = this.quantifier();
      items.push(item);
    }
    return items;
  }

  /** The least number of times the atom just read must occur. */
  quantifier(): number {
    const char = this.source[this.at];
    let min = 1;
    if (char === '?' || char === '*') min = 0;
    if (char === '?' || char === '*' || char === '+') this.at++;
    else if (char === '{') {
      const close = this.source.indexOf('}', this.at);
      min = Number.parseInt(this.source.slice(this.at + 1, close), 10);
      this.at = close + 1;
    } else return min;
    if (this.source[this.at] === '?') this.at++; // lazy
    return min;
  }

  atom(): Item {
    const char = this.source[this.at++];
    if (char === '(') {
      const zero = this.source[this.at] === '?' && this.source[this.at + 1] !== ':';
      if (this.source[this.at] === '?') this.at += this.source[this.at + 1] === '<' ? 3 : 2;
      const options = this.options();
      this.at++; // ')'
      return zero ? { kind: 'zero' } : { kind: 'group', options, min: 1 };
    }
    if (char === '[') {
      while (this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
      this.at++;
      return { kind: 'other', min: 1 };
    }
    if (char === '\\') {
      const escaped = this.source[this.at++];
      if (escaped === 's') return { kind: 'space', min: 1 };
      return { kind: 'other', min: 1 };
    }
    if (char === '^' || char === '$') return { kind: 'zero' };
    if (char === ' ') return { kind: 'space', min: 1 };
    if (!isLetter(char)) return { kind: 'other', min: 1 };
    let end = this.at;
    while (end < this.source.length && isLetter(this.source[end])) end++;
    if (end > this.at && '?*+{'.includes(this.source[end])) end--;
    const text = this.source.slice(this.at - 1, end);
    this.at = end;
    return { kind: 'letters', text, min: 1 };
  }
}

// Plain loops, no closures: this runs over every pattern, and tsx wraps each closure it creates.

/** Whether every option ends with white space, so what follows starts a word. */
function endsWithSpace(options: Item[][]): boolean {
  for (const items of options) {
    let last: Item | undefined;
    for (const item of items) if (item.kind !== 'zero') last = item;
    if (last?.kind !== 'space' || last.min === 0) return false;
  }
  return true;
}

function shortest(anchors: string[]): number {
  let length = Number.POSITIVE_INFINITY;
  for (const anchor of anchors) length = Math.min(length, anchor.length);
  return length;
}

/**
 * Prefer anchors that are long (rarer words), then few, then later in the pattern: in "c'est de
 * votre faute", `faute` says more than `votre`.
 */
function atLeastAsGood(a: string[], b: string[] | undefined): boolean {
  if (!b) return true;
  return shortest(a) > shortest(b) || (shortest(a) === shortest(b) && a.length <= b.length);
}

function anchorsOfOptions(options: Item[][], wordStart: boolean): string[] | undefined {
  const anchors = new Set<string>();
  for (const items of options) {
    const found = anchorsOfSequence(items, wordStart);
    if (!found) return undefined;
    for (const anchor of found) anchors.add(anchor);
  }
  return [...anchors];
}

function anchorsOfSequence(items: Item[], wordStart: boolean): string[] | undefined {
  let best: string[] | undefined;
  let run = '';
  let runStartsWord = false;
  let atWordStart = wordStart;
  for (let index = 0; index <= items.length; index++) {
    const item = items[index];
    if (item?.kind === 'zero') continue;
    if (item?.kind === 'letters' && item.min === 1) {
      if (!run) runStartsWord = atWordStart;
      run += item.text;
      atWordStart = false;
      continue;
    }
    // A run of letters ends here: a whole word, or the start of one.
    if (run.length >= 2 && runStartsWord && atLeastAsGood([run], best)) best = [run];
    run = '';
    if (!item) break;
    if (item.kind === 'space') atWordStart = item.min > 0;
    else if (item.kind === 'group') {
      const found = item.min > 0 ? anchorsOfOptions(item.options, atWordStart) : undefined;
      if (found && atLeastAsGood(found, best)) best = found;
      const spaceAfter = endsWithSpace(item.options);
      atWordStart = item.min > 0 ? spaceAfter : spaceAfter && atWordStart;
    } else atWordStart = false;
  }
  return best;
}

/** The anchors of a pattern written as in keywords/tone.ts, or none when it has no safe anchor. */
export function patternAnchors(pattern: RegExp): string[] | undefined {
  return anchorsOfOptions(new Reader(pattern.source).options(), true);
}
