/**
 * Whether an item may link to one of the brand's profiles, asked natively: measured in Chromium on
 * 2,000 comments, reading every profile link of every item (one `getAttribute` and one path per
 * link) cost more than the rest of the scan, and most items link to no brand. A selector finds the
 * links whose `href` holds a brand's name (any letter case); only items with one need all their
 * links read. It can only say "maybe": the caller still reads the links it finds.
 */

/** A brand's name can sit in a quoted CSS string as is: no quote, backslash or line break. */
const quotable = /^[^"\\\n\r\f\0]+$/;

/**
 * A test for items that may hold a link matching `links` whose `href` names one of `brands`
 * (lower-case): false for an item with none, true when it may (or when a brand's name cannot be
 * written in a selector, so the links must be read).
 */
export function mayLinkToBrand(brands: ReadonlySet<string>, links: string): (item: Element) => boolean {
  if (brands.size === 0) return () => false;
  const names = [...brands];
  if (!names.every((name) => quotable.test(name))) return () => true;
  const selector = names.map((name) => `${links}[href*="${name}" i]`).join(', ');
  return (item) => item.querySelector(selector) !== null;
}
