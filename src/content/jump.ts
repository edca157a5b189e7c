/**
 * Brings a tracked comment into view with a brief highlight. Which element is the comment is the
 * adapter's knowledge (`Adapter.commentElement`); this is only the scrolling and the highlight.
 */
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
