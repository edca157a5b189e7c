/**
 * Finds a tracked comment on the page from its id (`network:` + the network's own id or permalink)
 * and brings it into view with a brief highlight. Ids come from permalinks and data attributes, so
 * the same places are searched; nothing is found when the comment is not on this page.
 */
const itemSelector =
  'article, li, [role="article"], .status, .reply, [data-testid^="postThreadItem"], [data-pressable-container="true"]';

export function findCommentElement(commentId: string, root: ParentNode = document): HTMLElement | null {
  const ownId = commentId.slice(commentId.indexOf(':') + 1);
  if (!ownId) return null;
  const escaped = CSS.escape(ownId);
  const direct = root.querySelector<HTMLElement>(
    `[data-id="${escaped}"], [data-post-id="${escaped}"], [id="${escaped}"]`,
  );
  if (direct) return direct.closest<HTMLElement>(itemSelector) ?? direct;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (href.includes(ownId)) return link.closest<HTMLElement>(itemSelector);
  }
  return null;
}

export function jumpTo(element: HTMLElement): void {
  element.scrollIntoView({ behavior: 'smooth', block: 'center' });
  // An outline is the page's own CSS property on its own element; restored right after.
  const previous = element.style.getPropertyValue('outline');
  element.style.setProperty('outline', '3px solid #f9ab00');
  element.setAttribute('data-smm-highlight', 'true');
  setTimeout(() => {
    element.style.setProperty('outline', previous);
    element.removeAttribute('data-smm-highlight');
  }, 2_000);
}
