/**
 * Small DOM helpers shared by the adapters. Everything here is read-only and cheap: no layout
 * reads (`innerText`, `getBoundingClientRect`), one `querySelectorAll` per question, and nothing
 * that can throw into the host page (an invalid selector or a detached node gives an empty answer).
 */
import { blockTags } from './draft-text';

/** Every element under `root` (and `root` itself) matching `selector`; [] if the selector is invalid. */
export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  try {
    const found = [...root.querySelectorAll<T>(selector)];
    if (root instanceof Element && root.matches(selector)) found.unshift(root as unknown as T);
    return found;
  } catch {
    return [];
  }
}

export function first<T extends Element = HTMLElement>(
  root: ParentNode | null | undefined,
  selector: string,
): T | null {
  if (!root) return null;
  try {
    return root.querySelector<T>(selector);
  } catch {
    return null;
  }
}

export function closest<T extends Element = HTMLElement>(
  element: Element | null,
  selector: string,
): T | null {
  try {
    return (element?.closest<T>(selector) as T | null) ?? null;
  } catch {
    return null;
  }
}

export function matches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** Runs `read`, returning `fallback` if the page's markup made it throw: adapters never throw. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
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
 * Text of a page element (a comment, the post a reply answers) as lines: blocks and `<br>` break
 * lines, emoji images count as their `alt`. One walk by `firstChild`/`nextSibling`, no layout and
 * no live `childNodes` lists: comment scans call it for every comment on the page. Drafts are read
 * with readComposerText, which knows the editors' filler `<br>`s.
 */
export function textOf(element: Element | null | undefined): string {
  if (!element) return '';
  let text = '';
  const newline = () => {
    if (text && !text.endsWith('\n')) text += '\n';
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += child.nodeValue ?? '';
      else if (child.nodeType !== 1) continue;
      else if ((child as Element).tagName === 'BR') text += '\n';
      else if ((child as Element).tagName === 'IMG') text += (child as Element).getAttribute('alt') ?? '';
      else if (blockTags.has((child as Element).tagName)) {
        newline();
        visit(child);
        newline();
      } else visit(child);
    }
  };
  visit(element);
  return text.replace(/[\u200b\ufeff]/g, '').trim();
}

/** Epoch milliseconds from `time[datetime]` under `root`, if any. */
export function timeOf(root: Element, selector = 'time[datetime]'): number | undefined {
  const value = first(root, selector)?.getAttribute('datetime');
  const at = value ? Date.parse(value) : Number.NaN;
  return Number.isFinite(at) ? at : undefined;
}

/** The nearest ancestor (up to `depth` levels) that contains `selector`: a composer's surroundings. */
export function ancestorWith(element: Element, selector: string, depth = 12): HTMLElement | null {
  let node = element.parentElement;
  for (let level = 0; node && level < depth; level++, node = node.parentElement) {
    if (first(node, selector)) return node;
  }
  return null;
}

/** The path of a link (`/user/status/1`), resolved against the page when it is absolute. */
export function pathOf(href: string | null | undefined): string {
  if (!href) return '';
  try {
    return new URL(href, 'https://invalid.example').pathname;
  } catch {
    return '';
  }
}

export function searchParam(href: string | null | undefined, name: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, 'https://invalid.example').searchParams.get(name);
  } catch {
    return null;
  }
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
