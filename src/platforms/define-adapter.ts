/**
 * What every network adapter does the same way, so each network's file holds only its selectors and
 * the reading that is really its own: finding composers (deduplicated, outermost editable root),
 * reading the draft, spotting attachments, health checks and the debug log of matched selectors.
 * Every entry point is wrapped: whatever the page's markup, an adapter answers and never throws.
 */

import type { SeenComment } from '../shared/comment';
import type { AttachmentKind, Draft } from '../shared/draft';
import type { Network } from '../shared/networks';
import type { Adapter, CommentScanContext, Composer, PageHealth } from './adapter';
import { brandSet, closest, editableRoot, first, normalizeHandle, pathOf, queryAll } from './dom';
import { readComposerText } from './draft-text';
import { logDebug, safely } from './guard';

export interface ComposerShape {
  kind: Composer['kind'];
  replyTo?: string;
  container: HTMLElement;
}

export interface AdapterSpec {
  network: Network;
  selectors: Record<string, string>;
  /** The editable roots that are this network's composers (one selector, alternatives joined). */
  composer: string;
  /** Editables that are not composers (search boxes): never reported as a missing composer. */
  notComposer?: string;
  /**
   * Private messages are never ours: the pages where the network shows its conversations (by path)
   * and the boxes it opens for them elsewhere. A composer there gets no panel, nothing of it is
   * saved, and it is no missing composer either.
   */
  privateMessages?: { pages?: RegExp; boxes?: string };
  /** Kind, reply context and surroundings of a composer found by `composer`. */
  describe(element: HTMLElement): ComposerShape;
  postButton(composer: Composer): HTMLElement | null;
  isPublishShortcut(event: KeyboardEvent, composer: Composer): boolean;
  /** Network-specific attachment previews, checked inside the composer's container. */
  attachments?: Partial<Record<AttachmentKind, string>>;
  comments(root: ParentNode, context: CommentScanContext): SeenComment[];
  /** The signed-in account's name or profile address, read where the page shows it. */
  signedIn?: (document: Document) => string;
  /** Narrow roots worth observing; the adapter falls back to `main` or `body` when none is found. */
  observed: string;
  /** True when the page (by its URL) should show comments, so a missing container is a breakage. */
  commentsExpected(url: URL): boolean;
  /** What a page with comments always shows (the post itself or the comment list). */
  commentsContainer: string;
  /** One comment as the network draws it: what a jump scrolls to and the delete guard holds. */
  commentItem: string;
  /** The element inside a comment's item that carries its own id (the id without `network:`). */
  commentAnchor(ownId: string): string;
  /** The network's "Delete" action as its menus label it, in the languages the product speaks. */
  deleteLabels: readonly string[];
}

/** The words every network uses for its delete action, in English, French and Russian. */
export const commonDeleteLabels = [
  'Delete',
  'Delete comment',
  'Remove',
  'Remove comment',
  'Supprimer',
  'Supprimer le commentaire',
  'Удалить',
  'Удалить комментарий',
] as const;

/** Menu items and buttons: where a network puts its delete action. */
const actionSelector = '[role="menuitem"], [role="button"], button';

/** Any editable element, for the health check "a composer is visible but none matched". */
const anyEditable =
  'textarea:not([readonly]):not([disabled]), [contenteditable="true"], [contenteditable=""]';
/** Our own panel lives in the page too; its fields are never the network's composers. */
const ownUi = 'smm-assistant';
const mediaImage = 'img[src^="blob:"], img[src^="data:"]';

function isVisible(element: HTMLElement): boolean {
  if (closest(element, '[hidden], [aria-hidden="true"]')) return false;
  // Health runs rarely (not on the typing path), so one style check per candidate is affordable.
  const check = (element as HTMLElement & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(element) : true;
}

export function defineAdapter(spec: AdapterSpec): Adapter {
  const deleteLabels = new Set(spec.deleteLabels.map((label) => label.toLowerCase()));
  const isPrivate = (root: HTMLElement): boolean => {
    const { pages, boxes } = spec.privateMessages ?? {};
    if (pages?.test(pathOf(root.ownerDocument.URL))) return true;
    return boxes !== undefined && closest(root, boxes) !== null;
  };
  /** Not ours to advise on: our own panel's fields, the network's search boxes, private messages. */
  const isExcluded = (root: HTMLElement): boolean =>
    closest(root, ownUi) !== null ||
    (spec.notComposer !== undefined && closest(root, spec.notComposer) !== null) ||
    isPrivate(root);

  const toComposer = (element: HTMLElement): Composer | null => {
    const root = editableRoot(element);
    if (!root.isConnected || isExcluded(root)) return null;
    if (root instanceof HTMLTextAreaElement && (root.readOnly || root.disabled)) return null;
    return { element: root, ...spec.describe(root) };
  };

  const composers = (root: ParentNode): Composer[] =>
    safely(() => {
      const seen = new Set<HTMLElement>();
      const found: Composer[] = [];
      for (const element of queryAll(root, spec.composer)) {
        const root = editableRoot(element);
        if (seen.has(root)) continue;
        seen.add(root);
        const composer = toComposer(root);
        if (composer) found.push(composer);
      }
      return found;
    }, []);

  const attachments = (composer: Composer): AttachmentKind[] =>
    safely(() => {
      const kinds = new Set<AttachmentKind>();
      const { container, element } = composer;
      const outside = (node: Element) => !element.contains(node);
      // Emoji images live inside the editor; previews live beside it.
      if (queryAll(container, mediaImage).some(outside)) kinds.add('image');
      if (queryAll(container, 'video').some(outside)) kinds.add('video');
      if (queryAll(container, 'audio').some(outside)) kinds.add('audio');
      for (const [kind, selector] of Object.entries(spec.attachments ?? {}) as [AttachmentKind, string][]) {
        const preview = first(container, selector);
        if (!preview || !outside(preview)) continue;
        // A preview area may stay in the page, empty or hidden, once its media is removed.
        if (kind !== 'poll' && (preview.childElementCount === 0 || closest(preview, '[hidden]'))) continue;
        // A generic preview area (X's attachments, Mastodon's uploads) may hold a video instead.
        kinds.add(kind === 'image' && first(preview, 'video') ? 'video' : kind);
      }
      return [...kinds];
    }, []);

  return {
    network: spec.network,
    selectors: spec.selectors,
    composers,
    composerFor: (target) =>
      safely(() => {
        const hit = closest<HTMLElement>(target, spec.composer);
        return hit ? toComposer(hit) : null;
      }, null),
    readDraft: (composer): Draft => ({
      text: safely(() => readComposerText(composer.element), ''),
      network: spec.network,
      kind: composer.kind,
      ...(composer.replyTo ? { replyTo: composer.replyTo } : {}),
      attachments: attachments(composer),
    }),
    attachments,
    postButton: (composer) => safely(() => spec.postButton(composer), null),
    isPublishShortcut: (event, composer) => safely(() => spec.isPublishShortcut(event, composer), false),
    // Nothing is the brand's conversation until the user names the brand's account here.
    comments: (root, context) =>
      safely(() => (brandSet(context.brandHandles).size ? spec.comments(root, context) : []), []),
    signedInAccount: (document) => safely(() => normalizeHandle(spec.signedIn?.(document) ?? ''), ''),
    observedRoots: (document) =>
      safely(() => {
        const roots = queryAll<Element>(document, spec.observed);
        const fallback = document.querySelector('main') ?? document.body;
        return roots.length ? roots : fallback ? [fallback] : [];
      }, []),
    health: (document): PageHealth =>
      safely(
        () => {
          const matched: Record<string, number> = {};
          for (const [name, selector] of Object.entries(spec.selectors)) {
            matched[name] = safely(() => document.querySelectorAll(selector).length, -1);
          }
          const found = new Set(composers(document).map((composer) => composer.element));
          const unknownEditable = queryAll(document, anyEditable).some((element) => {
            const root = editableRoot(element);
            if (found.has(root) || isExcluded(root)) return false;
            return isVisible(root);
          });
          const url = safely(() => new URL(document.URL), null);
          const health: PageHealth = {
            composerMissing: found.size === 0 && unknownEditable,
            commentsMissing:
              url !== null && spec.commentsExpected(url) && first(document, spec.commentsContainer) === null,
            matched,
          };
          logDebug('selectors matched on', spec.network, matched, health);
          return health;
        },
        { composerMissing: false, commentsMissing: false, matched: {} },
      ),
    commentElement: (commentId, root = document) =>
      safely(() => {
        const ownId = commentId.slice(commentId.indexOf(':') + 1);
        if (!ownId) return null;
        const anchor = first<HTMLElement>(root, spec.commentAnchor(CSS.escape(ownId)));
        return anchor ? (closest<HTMLElement>(anchor, spec.commentItem) ?? anchor) : null;
      }, null),
    commentItemAt: (target) => closest(target, spec.commentItem),
    deleteActionAt: (target) =>
      safely(() => {
        const action = closest<HTMLElement>(target, actionSelector);
        if (!action) return null;
        const label = (action.getAttribute('aria-label') ?? action.textContent ?? '').trim().toLowerCase();
        return deleteLabels.has(label) ? action : null;
      }, null),
  };
}
