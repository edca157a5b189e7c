/**
 * VK: the old interface's plain contenteditable fields (`#post_field`, comment `.reply_field`) and
 * the 2025 redesign's posting dialog (`data-testid`). Comments are old-UI `.reply[data-post-id]`
 * items, the brand's answers nested in `.replies_wrap_deep`; times are `.rel_date[time]` (Unix s).
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import { brandSet, closest, first, isModEnter, mentionsAny, ownFirst, pathOf, queryAll, textOf } from './dom';
import { seenComment } from './thread';

const selectors = {
  composer:
    '#post_field[contenteditable="true"], [data-testid="posting_base_screen_input_message"][contenteditable="true"], .reply_field[contenteditable="true"]',
  postBox: '#submit_post_box, .submit_post_box',
  dialog: '[role="dialog"]',
  replyBox: '.reply_box, .reply_form',
  postButton: '#send_post, [data-testid="posting_base_screen_submit_button"]',
  replyButton: '.reply_send_button, button[id^="reply_button"]',
  post: '._post.post, .post[data-post-id], [data-testid="post"][data-post-id]',
  postText: '.wall_post_text, [data-testid="showmoretext"]',
  reply: '.reply[data-post-id]',
  replyAuthor: '.reply_author a',
  /** The post's author, in its header (a community's own posts name the community). */
  postAuthor: '.post_header a.author, [data-testid="post_header"] a',
  replyText: '.wall_reply_text',
  replyTime: '.rel_date[time]',
  poll: '.media_voting, .page_media_poll, [data-testid="posting_poll"]',
  wall: '#page_wall_posts, #page_body, main',
  /** The top bar's link to the signed-in account (old UI), or the redesign's profile menu link. */
  profileLink: '#top_profile_link[href], a[data-testid="header-profile-menu-button"][href]',
  /** Messages: the conversation's field (old UI) and the chat boxes opened over other pages. */
  messageBox: '.im-chat-input, .im_editable, .im-page--chat-input',
};

/** VK's messages: `/im` (`/im?sel=…`, `/im/convo/…`). */
const messagePages = /^\/im(\/|$)/;

const wallPath = /^\/wall(-?\d+_\d+)/;

function describe(element: HTMLElement): ComposerShape {
  if (element.matches('.reply_field')) {
    const container = closest(element, selectors.replyBox) ?? element.parentElement ?? element;
    const replyTo = textOf(first(closest(container, selectors.post), selectors.postText));
    return { kind: 'reply', container, ...(replyTo ? { replyTo } : {}) };
  }
  const container =
    closest(element, selectors.postBox) ??
    closest(element, selectors.dialog) ??
    element.parentElement ??
    element;
  return { kind: 'post', container };
}

function postButton(composer: Composer): HTMLElement | null {
  return first(composer.container, composer.kind === 'reply' ? selectors.replyButton : selectors.postButton);
}

/** `/acmebrand`, `/club123`, `/id42`: the profile a link points at, lower-case. */
function slugOf(href: string | null | undefined): string {
  return (pathOf(href).split('/').filter(Boolean)[0] ?? '').toLowerCase();
}

/** The accounts a wall owner id names: `-123` is community 123 (`club123`, `public123`), `5` is `id5`. */
function ownerSlugs(postId: string): string[] {
  const owner = postId.split('_')[0];
  return owner.startsWith('-') ? [`club${owner.slice(1)}`, `public${owner.slice(1)}`] : [`id${owner}`];
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  const brands = brandSet(context.brandHandles);
  const isBrandLink = (link: Element | null) =>
    link !== null &&
    (brands.has(slugOf(link.getAttribute('href'))) || brands.has(textOf(link).toLowerCase()));
  // A nested reply is asked about as a comment and again from the reply that holds it: once each.
  const authorLinks = new Map<Element, HTMLElement | null>();
  const authorLink = (reply: Element) => {
    if (!authorLinks.has(reply)) authorLinks.set(reply, first(reply, selectors.replyAuthor));
    return authorLinks.get(reply) ?? null;
  };
  const brandReplies = new Map<Element, boolean>();
  const isBrand = (reply: Element) => {
    let known = brandReplies.get(reply);
    if (known === undefined) {
      known = isBrandLink(authorLink(reply));
      brandReplies.set(reply, known);
    }
    return known;
  };
  // Whose post the replies answer: the post header's author, else the wall owner its id names.
  const brandPosts = new Map<Element | null, boolean>();
  const onBrandsPost = (post: Element | null, postId: string | undefined) => {
    let known = brandPosts.get(post);
    if (known === undefined) {
      const author = first(post, selectors.postAuthor);
      known = author
        ? isBrandLink(author)
        : postId !== undefined && ownerSlugs(postId).some((slug) => brands.has(slug));
      brandPosts.set(post, known);
    }
    return known;
  };
  const found: ReturnType<Adapter['comments']> = [];
  for (const reply of queryAll(root, selectors.reply)) {
    const id = reply.getAttribute('data-post-id') ?? '';
    if (!id || isBrand(reply)) continue;
    // Nested replies have their own items; read this item's own parts only.
    const own = (selector: string) => ownFirst(reply, selector, selectors.reply);
    const post = closest(reply.parentElement, selectors.post);
    const postId = post?.getAttribute('data-post-id') ?? wallPath.exec(pathOf(context.pageUrl))?.[1];
    const textElement = own(selectors.replyText);
    const text = textOf(textElement);
    // Only the brand's conversations: under its post, answering its reply, or naming it.
    const parent = closest(reply.parentElement, selectors.reply);
    const mentions = mentionsAny(text, brands) || queryAll(textElement ?? reply, 'a[href]').some(isBrandLink);
    if (!onBrandsPost(post, postId) && !(parent && isBrand(parent)) && !mentions) continue;
    const answered = queryAll(reply, selectors.reply).slice(1).some(isBrand);
    const seconds = Number(own(selectors.replyTime)?.getAttribute('time'));
    const writtenAt = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : undefined;
    // The reply's first author link is its own unless a nested reply's comes first.
    const firstAuthor = authorLink(reply);
    const author = textOf(
      firstAuthor && closest(firstAuthor, selectors.reply) === reply
        ? firstAuthor
        : own(selectors.replyAuthor),
    );
    found.push(seenComment('vk', context, { id, author, text, writtenAt }, answered, postId));
  }
  return found;
}

/** The top bar's profile link (`/acmebrand`, `/id123`). */
function signedIn(document: Document): string {
  return slugOf(first(document, selectors.profileLink)?.getAttribute('href'));
}

export const adapter: Adapter = defineAdapter({
  network: 'vk',
  selectors,
  composer: selectors.composer,
  privateMessages: { pages: messagePages, boxes: selectors.messageBox },
  describe,
  postButton,
  // VK's default setting sends with Ctrl/Cmd+Enter (Enter breaks the line).
  isPublishShortcut: (event) => isModEnter(event),
  attachments: { poll: selectors.poll },
  comments,
  signedIn,
  observed: selectors.wall,
  commentsExpected: (url) => wallPath.test(url.pathname),
  commentsContainer: `${selectors.post}, ${selectors.reply}`,
  commentItem: selectors.reply,
  commentAnchor: (id) => `[data-post-id="${id}"]`,
  deleteLabels: commonDeleteLabels,
});
