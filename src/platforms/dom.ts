/**
 * Small DOM helpers shared by the adapters. Everything here is read-only and cheap: no layout
 * reads (`innerText`, `getBoundingClientRect`), one `querySelectorAll` per question, and nothing
 * that can throw into the host page (an invalid selector or a detached node gives an empty answer).
 * The queries catch inline rather than through `safely`: comment scans call them thousands of times,
 * and a closure per call was 5% of a Facebook scan (same-page A/B in Chromium).
 */
import { blockTags } from './draft-text';
import { logDebug, safely } from './guard';
import { pathOf } from './link-parts';

export { pathOf, searchParam } from './link-parts';

/** Every element under `root` (and `root` itself) matching `selector`; [] if the selector is invalid. */
export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  try {
    const list = root.querySelectorAll<T>(selector);
    const found: T[] = root instanceof Element && root.matches(selector) ? [root as unknown as T] : [];
    // Indexed reads: a NodeList's iterator (spread, for…of) costs more than the query itself.
    for (let index = 0; index < list.length; index++) found.push(list[index]);
    return found;
  } catch (error) {
    logDebug(error);
    return [];
  }
}

/**
 * The first element under `owner` (or `owner` itself, as queryAll counts it) matching `selector`
 * whose nearest `ownerSelector` is `owner`: an item's own part, not one of the items nested in it.
 * Stops at the first hit, where `queryAll(…).find(…)` would list every match first.
 */
export function ownFirst<T extends Element = HTMLElement>(
  owner: Element,
  selector: string,
  ownerSelector: string,
  accept: (element: T) => boolean = () => true,
): T | null {
  return safely(() => {
    const own = (element: T) => element.closest(ownerSelector) === owner && accept(element);
    if (owner.matches(selector) && own(owner as unknown as T)) return owner as unknown as T;
    const list = owner.querySelectorAll<T>(selector);
    for (let index = 0; index < list.length; index++) if (own(list[index])) return list[index];
    return null;
  }, null);
}

export function first<T extends Element = HTMLElement>(
  root: ParentNode | null | undefined,
  selector: string,
): T | null {
  if (!root) return null;
  try {
    return root.querySelector<T>(selector);
  } catch (error) {
    logDebug(error);
    return null;
  }
}

export function closest<T extends Element = HTMLElement>(
  element: Element | null,
  selector: string,
): T | null {
  try {
    return (element?.closest<T>(selector) as T | null) ?? null;
  } catch (error) {
    logDebug(error);
    return null;
  }
}

/** Editors nest editable elements; the composer is the outermost editable root. */
export function editableRoot(element: HTMLElement): HTMLElement {
  if (element instanceof HTMLTextAreaElement) return element;
  let root = element;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

/**
 * Appends the text under `node` to `text`, blocks and `<br>` as line breaks, images as their `alt`.
 * Each DOM read is a call into the browser, the cost of a comment scan: the tag is read once, and
 * an element holding text only (a paragraph, a span) is read with one `textContent`, not walked.
 */
function appendText(node: Node, text: string): string {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    // One read tells text from element and names the tag: `#text`, `#comment`, or the tag name.
    const tag = child.nodeName;
    if (tag === '#text') text += child.nodeValue ?? '';
    else if (tag.charCodeAt(0) !== 35) {
      if (tag === 'BR') text += '\n';
      else if (tag === 'IMG') text += (child as Element).getAttribute('alt') ?? '';
      else if (blockTags.has(tag)) {
        if (text && !text.endsWith('\n')) text += '\n';
        text = appendElement(child as Element, text);
        if (text && !text.endsWith('\n')) text += '\n';
      } else text = appendElement(child as Element, text);
    }
  }
  return text;
}

/** `appendText` of an element: its `textContent` when it holds no element (HTML's text nodes only). */
function appendElement(element: Element, text: string): string {
  return element.firstElementChild === null ? text + (element.textContent ?? '') : appendText(element, text);
}

/**
 * Text of a page element (a comment, the post a reply answers) as lines: blocks and `<br>` break
 * lines, emoji images count as their `alt`. One walk by `firstChild`/`nextSibling`, no layout and
 * no live `childNodes` lists: comment scans call it for every comment on the page. Drafts are read
 * with readComposerText, which knows the editors' filler `<br>`s.
 */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  const text = appendElement(element, '');
  // Two scans for the rare zero-width characters cost less than a regular expression on every text.
  return (
    text.includes('\u200b') || text.includes('\ufeff') ? text.replace(/[\u200b\ufeff]/g, '') : text
  ).trim();
}

/** The `datetime` of `time[datetime]` under `root` as the page wrote it, if any: the background reads it. */
export function datetimeOf(root: Element, selector = 'time[datetime]'): string | undefined {
  return first(root, selector)?.getAttribute('datetime') || undefined;
}

/** The nearest ancestor (up to `depth` levels) that contains `selector`: a composer's surroundings. */
export function ancestorWith(element: Element, selector: string, depth = 12): HTMLElement | null {
  let node = element.parentElement;
  for (let level = 0; node && level < depth; level++, node = node.parentElement) {
    if (first(node, selector)) return node;
  }
  return null;
}

/**
 * The brand's account as a bare lower-case name, whatever form the user typed it in the options:
 * `@acme`, `acme`, `https://x.com/acme/`, `acme.bsky.social`.
 */
export function normalizeHandle(handle: string | undefined | null): string {
  if (!handle) return '';
  let value = handle.trim();
  if (/^https?:\/\//i.test(value)) {
    const segments = pathOf(value).split('/').filter(Boolean);
    value = segments[segments.length - 1] ?? '';
  }
  return value.replace(/^@/, '').replace(/\/+$/, '').toLowerCase();
}

/** The brand's accounts on a network as bare lower-case names (empty forms dropped). */
export function brandSet(handles: readonly string[] | undefined): Set<string> {
  const set = new Set<string>();
  for (const handle of handles ?? []) {
    const name = normalizeHandle(handle);
    if (name) set.add(name);
  }
  return set;
}

/**
 * Whether an account as the user typed it (`@acme@mastodon.social`, `https://x.com/acme`) is the
 * bare `account` a page shows; an acct without a domain on one side compares by its user part.
 */
export function sameAccount(typed: string, account: string): boolean {
  const name = normalizeHandle(typed);
  if (!name || !account) return false;
  if (name === account) return true;
  const bothFull = name.includes('@') && account.includes('@');
  return !bothFull && name.split('@')[0] === account.split('@')[0];
}

/** Whether `text` names one of `brands` as a mention (`@acme`, `@acme.bsky.social`). */
export function mentionsAny(text: string, brands: ReadonlySet<string>): boolean {
  if (!text.includes('@')) return false;
  for (const match of text.matchAll(/@([\p{L}\p{N}_.@-]+)/gu)) {
    if (brands.has(match[1].toLowerCase().replace(/[.-]+$/, ''))) return true;
  }
  return false;
}

/** Whether `event` is Ctrl+Enter (Cmd+Enter on macOS), the usual "publish" shortcut. */
export function isModEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.isComposing;
}

/** Enter alone, as comment boxes use it to send (Shift+Enter breaks the line). */
export function isPlainEnter(event: KeyboardEvent): boolean {
  return (
    event.key === 'Enter' &&
    !event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.isComposing
  );
}

/** A button's label for matching localized words: its aria-label, else its text. */
export function labelOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().toLowerCase();
}
