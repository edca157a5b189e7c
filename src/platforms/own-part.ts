/**
 * An item's own parts (its permalink, author link, text) when items nest (a comment holding its
 * replies): the cheap form of dom.ts `ownFirst` for comment scans. Measured in Chromium on 2,000
 * comments, `ownFirst` listed every match (`querySelectorAll`) and walked each up to its item;
 * most items hold no other item, and in the others the first match is almost always the item's own.
 * So: one question per scan (does anything nest?) or per item (does it hold another?), one native
 * `querySelector` per part, its owner checked only when the item holds another item, and the full
 * list read only when that first match is refused. No closure per call (`safely`): the tries are
 * inline, their errors logged as `safely` does.
 */
import { logDebug } from './guard';

/**
 * Whether any element under `root` matching `itemSelector` holds another (replies nested in
 * comments): one question for a whole scan, so that pages without nesting skip every per-item check.
 */
export function anyItemNests(root: ParentNode, itemSelector: string): boolean {
  try {
    return root.querySelector(`:is(${itemSelector}) :is(${itemSelector})`) !== null;
  } catch (error) {
    logDebug(error);
    return false;
  }
}

/**
 * Whether `item` holds another element matching `itemSelector` (a comment holding nested replies).
 * Asked once per item, it lets `ownPart` skip the ownership walks of the many items that hold none.
 */
export function holdsItems(item: Element, itemSelector: string): boolean {
  try {
    return item.querySelector(itemSelector) !== null;
  } catch (error) {
    logDebug(error);
    return false;
  }
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
  try {
    const candidate = root.querySelector<T>(selector);
    if (!candidate || accept(candidate)) return candidate;
    const candidates = root.querySelectorAll<T>(selector);
    for (let index = 1; index < candidates.length; index++)
      if (accept(candidates[index])) return candidates[index];
    return null;
  } catch (error) {
    logDebug(error);
    return null;
  }
}

const always = () => true;

/**
 * The first descendant of `item` (not `item` itself) matching `selector` whose nearest
 * `itemSelector` is `item` and that `accept` takes; `nested` is `holdsItems(item, itemSelector)`,
 * else any match is its own.
 */
export function ownPart<T extends Element = HTMLElement>(
  item: Element,
  selector: string,
  itemSelector: string,
  nested: boolean,
  accept: (element: T) => boolean = always,
): T | null {
  if (!nested) return firstAccepted<T>(item, selector, accept);
  return firstAccepted<T>(
    item,
    selector,
    (element) => element.closest(itemSelector) === item && accept(element),
  );
}

/**
 * The items holding one of `brandItems` at any depth: in the nested layout (Facebook, Instagram,
 * LinkedIn, VK) these are the comments the brand answered. Walked up from the brand's few replies,
 * rather than every comment listing and reading the replies it holds.
 */
export function holdersOf(brandItems: readonly Element[], itemSelector: string): Set<Element> {
  const holders = new Set<Element>();
  for (const brandItem of brandItems) {
    let holder = brandItem.parentElement?.closest(itemSelector) ?? null;
    while (holder && !holders.has(holder)) {
      holders.add(holder);
      holder = holder.parentElement?.closest(itemSelector) ?? null;
    }
  }
  return holders;
}

/**
 * `read` as a function that reads each key once per scan: an item is asked about as a comment and
 * again from the items around it (the reply it holds, the list it sits in). An `undefined` answer
 * is not kept.
 */
export function oncePer<K, V>(read: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = read(key);
      known.set(key, value);
    }
    return value;
  };
}
