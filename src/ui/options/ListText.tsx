import { useState } from 'preact/hooks';
import type { FieldA11y } from './Field';
import { listFromText, textFromList } from './lists';

interface Props {
  a11y: FieldA11y;
  list: readonly string[];
  onList: (list: string[]) => void;
  /**
   * Hashtags go on one line separated by spaces; `commas` puts a list on one line separated by
   * commas (account names may hold spaces); domains go one per line.
   */
  inline?: boolean | 'commas';
  rows?: number;
}

const bySpaces = /[\s,]+/;

/**
 * A list edited as text. The text the user types is kept as typed (a trailing newline or space
 * would otherwise vanish on each keystroke); it is re-read from the list only when the list changes
 * from outside (another brand, restored defaults, an import).
 */
export function ListText({ a11y, list, onList, inline = false, rows = 3 }: Props) {
  const separator = inline === 'commas' ? ', ' : inline ? ' ' : '\n';
  const split = inline === true ? bySpaces : undefined;
  const [text, setText] = useState(() => textFromList(list, separator));
  const shown = sameList(listFromText(text, split), list) ? text : textFromList(list, separator);
  const input = (value: string) => {
    setText(value);
    onList(listFromText(value, split));
  };
  return inline ? (
    <input {...a11y} value={shown} onInput={(event) => input(event.currentTarget.value)} />
  ) : (
    <textarea {...a11y} rows={rows} value={shown} onInput={(event) => input(event.currentTarget.value)} />
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
