/**
 * LinkedIn: Quill editors (`.ql-editor`; a ProseMirror variant is rolling out) in the share box
 * dialog and in comment boxes; comments as `article.comments-comment-entity[data-id]` (urns).
 * LinkedIn's BEM class names are what every tool relies on; hashed names are appearing since late
 * 2025, so the role-based fallbacks stay beside them.
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import { brandSet, closest, first, mentionsAny, ownFirst, pathOf, queryAll, textOf, timeOf } from './dom';
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
  /** The global navigation's "Me" link, to the signed-in member's profile. */
  meLink: '.global-nav__me a[href], a.global-nav__me-link[href]',
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
  const brands = brandSet(context.brandHandles);
  const own = (comment: Element, selector: string) => ownFirst(comment, selector, selectors.comment);
  const authorOf = (comment: Element) => textOf(own(comment, selectors.commentAuthor));
  const isBrandProfile = (name: string, href: string | null | undefined) =>
    brands.has(name.toLowerCase()) || brands.has(slugOf(href));
  // Whose update the comments answer: its actor line (the company page or the person).
  const brandUpdates = new Map<Element | null, boolean>();
  const onBrandsUpdate = (update: Element | null) => {
    let known = brandUpdates.get(update);
    if (known === undefined) {
      const actor = first(update, selectors.updateActor);
      known = actor !== null && isBrandProfile(textOf(actor), actor.getAttribute('href'));
      brandUpdates.set(update, known);
    }
    return known;
  };
  const isBrand = (comment: Element, update: Element | null) =>
    isBrandProfile(authorOf(comment), own(comment, selectors.commentAuthorLink)?.getAttribute('href')) ||
    // The "Author" badge marks the update's author: the brand's when the update is the brand's.
    (own(comment, selectors.authorBadge) !== null && onBrandsUpdate(update));
  const found: ReturnType<Adapter['comments']> = [];
  for (const comment of queryAll(root, selectors.comment)) {
    const id = comment.getAttribute('data-id') ?? '';
    const update = closest(comment, selectors.update);
    if (!id || isBrand(comment, update)) continue;
    const textElement = own(comment, selectors.commentText);
    const text = textOf(textElement);
    // Only the brand's conversations: under its update, answering its comment, or naming it.
    const parent = closest(comment.parentElement, selectors.comment);
    const mentions =
      mentionsAny(text, brands) ||
      queryAll(textElement ?? comment, 'a[href]').some((link) =>
        isBrandProfile(textOf(link), link.getAttribute('href')),
      );
    if (!onBrandsUpdate(update) && !(parent && isBrand(parent, update)) && !mentions) continue;
    const answered = queryAll(comment, selectors.comment)
      .slice(1)
      .some((reply) => isBrand(reply, update));
    const writtenAt = timeOf(comment);
    const postId = update?.getAttribute('data-urn') ?? undefined;
    found.push(
      seenComment('linkedin', context, { id, author: authorOf(comment), text, writtenAt }, answered, postId),
    );
  }
  return found;
}

/** The member's profile slug from the "Me" link (`/in/jane-doe/`). */
function signedIn(document: Document): string {
  return slugOf(first(document, selectors.meLink)?.getAttribute('href'));
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
  signedIn,
  observed: selectors.feed,
  commentsExpected: (url) => /^\/(feed\/update|posts)\//.test(url.pathname),
  commentsContainer: `${selectors.comment}, ${selectors.commentsList}, ${selectors.commentBox}`,
  commentItem: selectors.comment,
  commentAnchor: (id) => `[data-id="${id}"]`,
  deleteLabels: commonDeleteLabels,
});
