/**
 * The fallback for any page the user enabled: the focused textarea, contenteditable or ARIA
 * textbox is the composer (composer-finder's rule), always a new post; no comments, and nothing
 * to break, so health is always fine.
 */

import type { Network } from '../shared/networks';
import type { Adapter, Composer } from './adapter';
import { composerFrom } from './composer-finder';
import { closest, isModEnter } from './dom';
import { readComposerText } from './draft-text';
import { safely } from './guard';

const selectors = {
  composer: 'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"]',
  container: 'form, [role="dialog"]',
  submit: 'button[type="submit"], input[type="submit"]',
};

function toComposer(element: HTMLElement): Composer {
  return {
    element,
    kind: 'post',
    container: closest(element, selectors.container) ?? element.parentElement ?? element,
  };
}

/**
 * `network` is what drafts are judged as: the page's network when a supported page falls back to
 * the generic finder, else none. A `Draft` needs a network; the content script's choice for unknown
 * pages ('x', the strictest limits) is kept until the Draft type can say "no network".
 */
export function createGenericAdapter(network: Network | null = null): Adapter {
  return {
    network,
    selectors,
    signedInAccount: () => '',
    composers: (root) =>
      safely(() => {
        const active =
          (root as Document | Element).ownerDocument?.activeElement ?? (root as Document).activeElement;
        const composer = composerFrom(active ?? null);
        return composer && (root === composer || root.contains(composer)) ? [toComposer(composer)] : [];
      }, []),
    composerFor: (target) =>
      safely(() => {
        const composer = composerFrom(target);
        return composer ? toComposer(composer) : null;
      }, null),
    readDraft: (composer) => ({
      text: safely(() => readComposerText(composer.element), ''),
      network: network ?? 'x',
      kind: composer.kind,
      attachments: [],
    }),
    attachments: () => [],
    postButton: (composer) =>
      safely(() => composer.container.querySelector<HTMLElement>(selectors.submit), null),
    isPublishShortcut: (event) => isModEnter(event),
    comments: () => [],
    observedRoots: () => [],
    health: () => ({ composerMissing: false, commentsMissing: false, matched: {} }),
    commentElement: () => null,
    commentItemAt: () => null,
    deleteActionAt: () => null,
  };
}

export const adapter: Adapter = createGenericAdapter();
