/**
 * LinkedIn: Quill editors (`.ql-editor`; a ProseMirror variant is rolling out) in the share box
 * dialog and in comment boxes; comments as `article.comments-comment-entity[data-id]` (urns).
 * LinkedIn's BEM class names are what every tool relies on; hashed names are appearing since late
 * 2025, so the role-based fallbacks stay beside them.
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import { brandSet, closest, datetimeOf, first, mentionsAny, pathOf, queryAll, textOf } from './dom';
import { anyItemNests, holdersOf, holdsItems, oncePer, ownPart } from './own-part';
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
  // One expression rather than split and filter: every comment's author link is read.
  return (secondSegment.exec(pathOf(href))?.[1] ?? '').toLowerCase();
}

const secondSegment = /^\/*[^/]+\/+([^/]+)/;

/** One comment as the scan reads it: its own parts, never a nested reply's. */
interface CommentParts {
  id: string;
  author: string;
  authorHref: string | null;
  /** Whether the comment carries the "Author" badge (the update's author wrote it). */
  badge: boolean;
  text: string;
  textElement: Element | null;
}

/** The comment's own parts, one native query each (ownPart). */
function readComment(comment: Element, nested: boolean): CommentParts {
  const own = (selector: string) => ownPart(comment, selector, selectors.comment, nested);
  const textElement = own(selectors.commentText);
  return {
    id: comment.getAttribute('data-id') ?? '',
    author: textOf(own(selectors.commentAuthor)),
    authorHref: own(selectors.commentAuthorLink)?.getAttribute('href') ?? null,
    badge: own(selectors.authorBadge) !== null,
    text: textOf(textElement),
    textElement,
  };
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  const brands = brandSet(context.brandHandles);
  // Nothing is tracked until the brand is named: no comment can be its own, answer it or name it.
  if (!brands.size) return [];
  const isBrandProfile = (name: string, href: string | null | undefined) =>
    brands.has(name.toLowerCase()) || brands.has(slugOf(href));
  // Whose update the comments answer: its actor line (the company page or the person). Comments of
  // one list share their update: found once per list, not walked up to from each comment.
  const threadOfList = oncePer((list: Element | null) => {
    const update = closest(list, selectors.update);
    const actor = first(update, selectors.updateActor);
    return { update, byBrand: actor !== null && isBrandProfile(textOf(actor), actor.getAttribute('href')) };
  });
  const threadOf = (comment: Element) => threadOfList(comment.parentElement);
  const comments = queryAll(root, selectors.comment);
  // One question for the scan: does any comment hold a reply? Then only those pay ownership walks.
  const mayNest = comments.length > 0 && anyItemNests(root, selectors.comment);
  const read = new Map<Element, CommentParts>();
  // `nested`: whether the comment holds others, when known (a parent found from its reply does).
  const readOnce = (comment: Element, nested: boolean) => {
    let parts = read.get(comment);
    if (!parts) {
      parts = readComment(comment, nested);
      read.set(comment, parts);
    }
    return parts;
  };
  const isBrand = (comment: Element, parts: CommentParts) => {
    // The "Author" badge marks the update's author: the brand's when the update is the brand's.
    return isBrandProfile(parts.author, parts.authorHref) || (parts.badge && threadOf(comment).byBrand);
  };
  const answersBrand = (comment: Element) => {
    // Walked up even when nothing under `root` nests: an added reply's parent is outside it.
    const parent = closest(comment.parentElement, selectors.comment);
    return parent !== null && isBrand(parent, readOnce(parent, true));
  };
  const mentionsBrand = (parts: CommentParts, comment: Element) =>
    mentionsAny(parts.text, brands) ||
    queryAll(parts.textElement ?? comment, 'a[href]').some((link) =>
      isBrandProfile(textOf(link), link.getAttribute('href')),
    );

  const tracked: { comment: Element; parts: CommentParts; update: Element | null }[] = [];
  const brandComments: Element[] = [];
  for (const comment of comments) {
    const parts = readOnce(comment, mayNest && holdsItems(comment, selectors.comment));
    if (isBrand(comment, parts)) {
      brandComments.push(comment);
      continue;
    }
    if (!parts.id) continue;
    // Only the brand's conversations: under its update, answering its comment, or naming it.
    const thread = threadOf(comment);
    if (thread.byBrand || answersBrand(comment) || mentionsBrand(parts, comment))
      tracked.push({ comment, parts, update: thread.update });
  }
  // A comment is answered when a brand reply is nested in it.
  const answered = holdersOf(brandComments, selectors.comment);
  return tracked.map(({ comment, parts, update }) => {
    const item = { id: parts.id, author: parts.author, text: parts.text, writtenAt: datetimeOf(comment) };
    const postId = update?.getAttribute('data-urn') ?? undefined;
    return seenComment('linkedin', context, item, answered.has(comment), postId);
  });
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
