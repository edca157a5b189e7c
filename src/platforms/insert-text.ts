/**
 * Writing into a composer through the editor's own input path (docs/ARCHITECTURE.md, "Writing into a
 * composer"), so the editor's state — what the site will post — has the text exactly once and one
 * Ctrl+Z removes it. The chain, measured in Chromium on Lexical, Draft.js, Quill, ProseMirror,
 * React textareas and plain contenteditables:
 *   1. a collapsed caret inside the last block unless the user's caret is already in the editor;
 *   2. a cancelable `paste` carrying text/plain — the rich editors handle it (`defaultPrevented`);
 *   3. otherwise `execCommand('insertText')` — except multi-line text in Lexical (inserts nothing)
 *      and Draft.js (corrupts the blocks), and an empty Draft.js editor (unmounts it, draft-js #1612);
 *   4. for a textarea still unchanged, the prototype `value` setter and an `input` event.
 * A method that changed anything ends the chain: running a second one is how text gets duplicated.
 * A paste the editor took but that changed nothing (Firefox hands the page an empty clipboard from a
 * content script) goes on to step 3.
 * Results are checked with readComposerText; failure is reported, never guessed at.
 */

import { announceCaret, ensureCaret, selectionInside, textareaCaret } from './caret';
import { editableRoot } from './dom';
import { readComposerText } from './draft-text';

export type InsertMethod = 'paste' | 'execCommand' | 'setter';
export type InsertResult =
  | {
      ok: true;
      method: InsertMethod;
      /**
       * The editor took the paste but renders asynchronously (Lexical and React commit in a
       * microtask), so the text is not in the DOM yet; `insertTextChecked` waits and checks.
       */
      pending?: boolean;
    }
  | { ok: false; reason: string };

type Field = HTMLTextAreaElement | HTMLInputElement;

const isField = (element: HTMLElement): element is Field =>
  element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;

function isLexical(root: HTMLElement): boolean {
  return root.getAttribute('data-lexical-editor') === 'true';
}

function isDraft(root: HTMLElement): boolean {
  return root.classList.contains('public-DraftEditor-content') || root.closest('.DraftEditor-root') !== null;
}

/** Whitespace-insensitive: ProseMirror drops a blank line, editors turn spaces into nbsp. */
const normalize = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length))
    count++;
  return count;
}

/** The text is now there exactly once more than before. */
export function checkInserted(
  before: string,
  after: string,
  text: string,
  method: InsertMethod,
): InsertResult {
  if (before === after) return { ok: false, reason: `${method}: nothing was inserted` };
  const needle = normalize(text);
  const added = occurrences(normalize(after), needle) - occurrences(normalize(before), needle);
  if (added === 1) return { ok: true, method };
  if (added > 1) return { ok: false, reason: `${method}: the text was inserted ${added} times` };
  return { ok: false, reason: `${method}: the editor changed but does not hold the text` };
}

function dispatchPaste(target: Element, text: string): boolean {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', {
    clipboardData: data,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(paste);
  return paste.defaultPrevented;
}

function execInsert(document: Document, text: string): boolean {
  return typeof document.execCommand === 'function' && document.execCommand('insertText', false, text);
}

function focus(element: HTMLElement): void {
  if (element.ownerDocument.activeElement !== element) element.focus({ preventScroll: true });
}

/** How far down the chain to start: after a paste the editor took but did nothing with. */
interface ChainOptions {
  skipPaste?: boolean;
}

function insertIntoField(field: Field, text: string, { skipPaste = false }: ChainOptions = {}): InsertResult {
  const before = field.value;
  const [start, end] = textareaCaret(field);
  const expected = before.slice(0, start) + text + before.slice(end);
  focus(field);
  field.setSelectionRange(start, end);

  if (!skipPaste) {
    const handled = dispatchPaste(field, text);
    if (field.value !== before) return checkInserted(before, field.value, text, 'paste');
    if (handled) return { ok: true, method: 'paste', pending: true };
  }

  // React textareas and plain ones: native insertion, with the browser's own undo step.
  execInsert(field.ownerDocument, text);
  if (field.value !== before) return checkInserted(before, field.value, text, 'execCommand');

  // execCommand is unavailable here: set the value the way React's value tracker notices (the
  // prototype setter, not the instance's) and announce it. No undo step, but the text is posted.
  const prototype =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (!setValue) return { ok: false, reason: 'no value setter' };
  setValue.call(field, expected);
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return field.value === expected
    ? { ok: true, method: 'setter' }
    : { ok: false, reason: 'setter: the page reverted the value' };
}

function insertIntoEditable(
  root: HTMLElement,
  text: string,
  { skipPaste = false }: ChainOptions = {},
): InsertResult {
  const before = readComposerText(root);
  focus(root);
  ensureCaret(root);
  const selection = selectionInside(root);
  const anchor = selection?.anchorNode;
  const target = anchor instanceof Element ? anchor : (anchor?.parentElement ?? root);

  if (!skipPaste) {
    const handled = dispatchPaste(target, text);
    const afterPaste = readComposerText(root);
    if (afterPaste !== before) return checkInserted(before, afterPaste, text, 'paste');
    if (handled) return { ok: true, method: 'paste', pending: true };
  }

  const multiLine = text.includes('\n');
  if (multiLine && isLexical(root)) return { ok: false, reason: 'Lexical ignores multi-line execCommand' };
  if (multiLine && isDraft(root)) return { ok: false, reason: 'Draft.js corrupts multi-line execCommand' };
  if (isDraft(root) && before === '')
    return { ok: false, reason: 'execCommand unmounts an empty Draft.js editor' };

  // Chromium merges an insertText into the user's ongoing typing (one Ctrl+Z would remove both)
  // unless the selection is set in between: setting it again, unchanged, closes the typing step.
  const range = selectionInside(root)?.getRangeAt(0).cloneRange();
  if (range && selection) {
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const accepted = execInsert(root.ownerDocument, text);
  const after = readComposerText(root);
  if (after !== before) return checkInserted(before, after, text, 'execCommand');
  // Lexical cancels the native insertion and renders its own in a microtask.
  if (accepted && isLexical(root)) return { ok: true, method: 'execCommand', pending: true };
  return { ok: false, reason: 'the editor took no method' };
}

/** Inserts `text` at the caret (or the end) of a composer; synchronous, see `pending`. */
export function insertText(element: HTMLElement, text: string, options: ChainOptions = {}): InsertResult {
  try {
    if (!element.isConnected) return { ok: false, reason: 'the composer is gone' };
    if (!text) return { ok: false, reason: 'nothing to insert' };
    if (isField(element)) return insertIntoField(element, text, options);
    const root = editableRoot(element);
    if (!root.isContentEditable) return { ok: false, reason: 'not editable' };
    return insertIntoEditable(root, text, options);
  } catch (error) {
    return { ok: false, reason: `insertion threw: ${String(error)}` };
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves after the document's next `selectionchange` (editors sync their selection on it). */
function nextSelectionChange(document: Document, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', done);
      // Let the editor's own selectionchange listener (registered before ours or not) run first.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, timeoutMs);
    document.addEventListener('selectionchange', done);
  });
}

/**
 * Like `insertText`, and then sure: lets the editor sync its selection with the caret first
 * (editors read it on `selectionchange`), and waits for an asynchronous render before checking
 * that the text is there exactly once. Prefer it wherever the caller can wait.
 */
export async function insertTextChecked(element: HTMLElement, text: string): Promise<InsertResult> {
  try {
    if (!isField(element) && element.isConnected) {
      const root = editableRoot(element);
      const synced = nextSelectionChange(root.ownerDocument, 250);
      focus(root);
      // A caret placed by script is news to Lexical and Draft.js until their selectionchange
      // handler runs; pasting before that would use their stale selection (or none: a Lexical
      // editor never touched has no undo point before the insertion). A caret the user left is
      // announced again: on a busy page their last selectionchange may still be queued, and
      // Lexical's paste reads the selection it last heard of, not the DOM's.
      if (ensureCaret(root) === 'kept') announceCaret(root);
      await synced;
    }
    const read = () => (isField(element) ? element.value : readComposerText(editableRoot(element)));
    const before = read();
    const result = insertText(element, text);
    if (!result.ok || !result.pending) return result;
    for (let waited = 0; waited < 300 && read() === before; waited += 20) await wait(20);
    // The editor took the paste and did nothing with it: in Firefox a content script's clipboard
    // data reaches the page empty. Nothing changed, so the rest of the chain is safe to run.
    if (result.method === 'paste' && read() === before) {
      const next = insertText(element, text, { skipPaste: true });
      if (!next.ok || !next.pending) return next;
      for (let waited = 0; waited < 300 && read() === before; waited += 20) await wait(20);
      return checkInserted(before, read(), text, next.method);
    }
    return checkInserted(before, read(), text, result.method);
  } catch (error) {
    return { ok: false, reason: `insertion threw: ${String(error)}` };
  }
}
