/**
 * The generic composer finder: a focused textarea, contenteditable or ARIA textbox. Network
 * adapters know their composers precisely; this is the fallback that works on any page.
 */
import { editableRoot } from './dom';

const composerSelector = 'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"]';

/** The editable root the user is typing into, if `target` is inside one. */
export function composerFrom(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null;
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : target;
  const candidate = target.closest<HTMLElement>(composerSelector);
  if (!candidate || candidate instanceof HTMLTextAreaElement) return candidate;
  return candidate.isContentEditable ? editableRoot(candidate) : null;
}
