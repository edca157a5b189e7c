/**
 * LinkedIn: Quill editors (`.ql-editor`; a ProseMirror variant is rolling out) in the share box
 * dialog and in comment boxes; comments as `article.comments-comment-entity[data-id]` (urns).
 * LinkedIn's BEM class names are what every tool relies on; hashed names are appearing since late
 * 2025, so the role-based fallbacks stay beside them.
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import { closest, first, normalizeHandle, ownFirst, pathOf, queryAll, textOf, timeOf } from './dom';
import { seenComment } from './thread';

const selectors = {
  composer: '.ql-editor[contenteditable="true"], [role="textbox"][contenteditable="true"]',
  /** Search is not a post or a comment. */
  notComposer: '.search-global-typeahead',
  /** Messaging: its own page's form, and the conversation bubbles it opens on any page. */
  messagingBox: '.msg-form, .msg-overlay-conversation-bubble',
  dialog: '[role="dialog"]',
  commentBox: '.comments-comment-box, .comments-comment-texteditor',
  commentSubmit: 'button.comments-comment-box__submit-button--cr, button.comments-comment-box__submit-button',
  shareSubmit: 'button.share-actions__primary-action',
  update: '[data-urn], .feed-shared-update-v2',
  updateText: '.update-components-text, .feed-shared-update-v2__description',
  updateActor: '.update-components-actor__title, .update-components-actor__meta-link',
  comment: 'article.comments-comment-entity, article.comments-comment-item',
  commentAuthor: '.comments-comment-meta__description-title, .comments-post-meta__name-text',
  commentAuthorLink: 'a.comments-comment-meta__description-container, a.comments-post-meta__actor-link',
  commentText: '.comments-comment-item__main-content',
  authorBadge: '.comments-comment-meta__badge',
  commentsList: '.comments-comments-list',
  poll: '.share-creation-state__poll, .polls-detour',
  feed: 'main, .scaffold-layout__main',
};

/** LinkedIn's messaging pages. */
const messagingPages = /^\/messaging(\/|$)/;

function describe(element: HTMLElement): ComposerShape {
  const box = closest(element, selectors.commentBox);
  if (!box) {
    const container = closest(element, selectors.dialog) ?? element.parentElement ?? element;
    return { kind: 'post', container };
  }
  const container = closest(box, '.comments-comment-box') ?? box;
  // A box inside a comment answers that comment; otherwise the update it sits under.
  const comment = closest(container, selectors.comment);
  const replyTo = comment
    ? textOf(first(comment, selectors.commentText))
    : textOf(first(closest(container, selectors.update), selectors.updateText));
  return { kind: 'reply', container, ...(replyTo ? { replyTo } : {}) };
}

/** `/in/alice-martin/` or `/company/acmebrand/`: the profile's name in its URL. */
function slugOf(href: string | null | undefined): string {
  const segments = pathOf(href).split('/').filter(Boolean);
  return (segments[1] ?? '').toLowerCase();
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  const brand = normalizeHandle(context.brandHandle);
  const own = (comment: Element, selector: string) => ownFirst(comment, selector, selectors.comment);
  const authorOf = (comment: Element) => textOf(own(comment, selectors.commentAuthor));
  const isBrand = (comment: Element, update: Element | null) => {
    const name = authorOf(comment).toLowerCase();
    const slug = slugOf(own(comment, selectors.commentAuthorLink)?.getAttribute('href'));
    if (brand && (name === brand || slug === brand)) return true;
    // The "Author" badge marks the update's author: the brand when it posted the update (or when no
    // account is configured, on the page the user manages).
    if (!own(comment, selectors.authorBadge)) return false;
    if (!brand) return true;
    const actor = first(update, selectors.updateActor);
    return textOf(actor).toLowerCase() === brand || slugOf(actor?.getAttribute('href')) === brand;
  };
  const found: ReturnType<Adapter['comments']> = [];
  for (const comment of queryAll(root, selectors.comment)) {
    const id = comment.getAttribute('data-id') ?? '';
    const update = closest(comment, selectors.update);
    if (!id || isBrand(comment, update)) continue;
    const answered = queryAll(comment, selectors.comment)
      .slice(1)
      .some((reply) => isBrand(reply, update));
    const text = textOf(own(comment, selectors.commentText));
    const writtenAt = timeOf(comment);
    const postId = update?.getAttribute('data-urn') ?? undefined;
    found.push(
      seenComment('linkedin', context, { id, author: authorOf(comment), text, writtenAt }, answered, postId),
    );
  }
  return found;
}

export const adapter: Adapter = defineAdapter({
  network: 'linkedin',
  selectors,
  composer: selectors.composer,
  notComposer: selectors.notComposer,
  privateMessages: { pages: messagingPages, boxes: selectors.messagingBox },
  describe,
  postButton: (composer: Composer) =>
    first(composer.container, composer.kind === 'reply' ? selectors.commentSubmit : selectors.shareSubmit),
  // LinkedIn posts and comments only from their buttons; Enter breaks the line.
  isPublishShortcut: () => false,
  attachments: { poll: selectors.poll },
  comments,
  observed: selectors.feed,
  commentsExpected: (url) => /^\/(feed\/update|posts)\//.test(url.pathname),
  commentsContainer: `${selectors.comment}, ${selectors.commentsList}, ${selectors.commentBox}`,
  commentItem: selectors.comment,
  commentAnchor: (id) => `[data-id="${id}"]`,
  deleteLabels: commonDeleteLabels,
});
