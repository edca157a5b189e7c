/**
 * An item's own part (its permalink, author link, text) when items nest (a comment holding its
 * replies): the cheap form of dom.ts `ownFirst` for comment scans. Measured in Chromium on 2,000
 * comments, `ownFirst` listed every match (`querySelectorAll`) and walked each up to its item;
 * most items hold no other item, and in the others the first match is almost always the item's own.
 * So: one native `querySelector`, its owner checked only when the item holds another item, and the
 * full list read only when that first match belongs to a nested item.
 */

/**
 * Whether `item` holds another element matching `itemSelector`: asked once per item, it decides
 * whether its parts need their owner checked at all.
 */
export function holdsItem(item: Element, itemSelector: string): boolean {
  return item.querySelector(itemSelector) !== null;
}

/**
 * The first descendant of `root` matching `selector` that `accept` takes: one `querySelector`, the
 * full list read only when the first match is refused.
 */
export function firstAccepted<T extends Element = HTMLElement>(
  root: Element,
  selector: string,
  accept: (element: T) => boolean,
): T | null {
  const candidate = root.querySelector<T>(selector);
  if (!candidate || accept(candidate)) return candidate;
  const candidates = root.querySelectorAll<T>(selector);
  for (let index = 1; index < candidates.length; index++)
    if (accept(candidates[index])) return candidates[index];
  return null;
}

/**
 * The first descendant of `item` matching `selector` whose nearest `itemSelector` is `item` and that
 * `accept` takes; `nested` says whether `item` holds other items (holdsItem), else any match is its
 * own. Unlike `ownFirst`, `item` itself is not a candidate: callers ask for parts a comment's item
 * cannot be (a link inside it).
 */
export function ownPart<T extends Element = HTMLElement>(
  item: Element,
  selector: string,
  itemSelector: string,
  nested: boolean,
  accept: (element: T) => boolean = () => true,
): T | null {
  return firstAccepted<T>(
    item,
    selector,
    (element) => (!nested || element.closest(itemSelector) === item) && accept(element),
  );
}
