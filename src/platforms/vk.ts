/**
 * VK: the old interface's plain contenteditable fields (`#post_field`, comment `.reply_field`) and
 * the 2025 redesign's posting dialog (`data-testid`). Comments are old-UI `.reply[data-post-id]`
 * items, the brand's answers nested in `.replies_wrap_deep`; times are `.rel_date[time]` (Unix s).
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import { brandSet, closest, first, isModEnter, mentionsAny, pathOf, queryAll, textOf } from './dom';
import { anyItemNests, holdersOf, holdsItems, oncePer, ownPart } from './own-part';
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
  /** The reply's author line; its first link is the author's profile. */
  replyAuthor: '.reply_author',
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
  // One expression rather than split and filter: every reply's author link is read.
  return (firstSegment.exec(pathOf(href))?.[1] ?? '').toLowerCase();
}

const firstSegment = /^\/*([^/]+)/;

/** The accounts a wall owner id names: `-123` is community 123 (`club123`, `public123`), `5` is `id5`. */
function ownerSlugs(postId: string): string[] {
  const owner = postId.split('_')[0];
  return owner.startsWith('-') ? [`club${owner.slice(1)}`, `public${owner.slice(1)}`] : [`id${owner}`];
}

/** One reply as the scan reads it: its own parts, never a nested reply's. */
interface ReplyParts {
  id: string;
  author: string;
  byBrand: boolean;
  text: string;
  textElement: Element | null;
  writtenAt?: number;
}

/**
 * The reply's own parts, asked with one native query each. `.reply_author` and its first link are
 * two queries on purpose: a scoped query with a class left of a combinator (`.reply_author a`)
 * costs in Chromium in proportion to the item's place in the page, which made a 2,000-reply scan
 * quadratic (measured: 0.2 µs for the first reply, 40 µs for the 5,000th).
 */
function readReply(reply: Element, nested: boolean, brands: ReadonlySet<string>): ReplyParts {
  const link = ownPart(reply, selectors.replyAuthor, selectors.reply, nested)?.querySelector('a') ?? null;
  const author = textOf(link);
  const textElement = ownPart(reply, selectors.replyText, selectors.reply, nested);
  const seconds = Number(ownPart(reply, selectors.replyTime, selectors.reply, nested)?.getAttribute('time'));
  const parts: ReplyParts = {
    id: reply.getAttribute('data-post-id') ?? '',
    author,
    byBrand: link !== null && isBrandLink(link, author, brands),
    text: textOf(textElement),
    textElement,
  };
  if (Number.isFinite(seconds) && seconds > 0) parts.writtenAt = seconds * 1000;
  return parts;
}

/** Whether a profile link (its text already read as `text`) points at one of `brands`. */
function isBrandLink(link: Element, text: string, brands: ReadonlySet<string>): boolean {
  return brands.has(slugOf(link.getAttribute('href'))) || brands.has(text.toLowerCase());
}

/** Whether the reply's text names the brand: as `@name`, or as a link to one of its profiles. */
function mentionsBrand(parts: ReplyParts, brands: ReadonlySet<string>): boolean {
  if (mentionsAny(parts.text, brands)) return true;
  // Most replies hold no link at all: one native query says so before any link is read.
  const scope = parts.textElement;
  if (!scope?.querySelector('a[href]')) return false;
  return queryAll(scope, 'a[href]').some((link) => isBrandLink(link, textOf(link), brands));
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  const brands = brandSet(context.brandHandles);
  // Nothing is tracked until the brand is named: no reply can be its own, answer it or name it.
  if (!brands.size) return [];
  const replies = queryAll(root, selectors.reply);
  // One question for the scan: does any reply hold another? Most pages' replies then read their
  // parts with one query each (ownPart).
  const mayNest = replies.length > 0 && anyItemNests(root, selectors.reply);
  const read = new Map<Element, ReplyParts>();
  // `nested`: whether the reply holds others, when known (a parent found from its reply does).
  const readOnce = (reply: Element, nested: boolean) => {
    let parts = read.get(reply);
    if (!parts) {
      parts = readReply(reply, nested, brands);
      read.set(reply, parts);
    }
    return parts;
  };
  // Whose post the replies answer: the post header's author, else the wall owner its id names.
  // Replies of one list share their post: found once per list, not walked up to from each reply.
  const wallId = wallPath.exec(pathOf(context.pageUrl))?.[1];
  const threadOfList = oncePer((list: Element | null): { postId?: string; byBrand: boolean } => {
    const post = closest(list, selectors.post);
    const postId = post?.getAttribute('data-post-id') ?? wallId;
    const author = first(post, selectors.postAuthor);
    return {
      postId,
      byBrand: author
        ? isBrandLink(author, textOf(author), brands)
        : postId !== undefined && ownerSlugs(postId).some((slug) => brands.has(slug)),
    };
  });
  const threadOf = (reply: Element) => threadOfList(reply.parentElement);
  const answersBrand = (reply: Element) => {
    // Walked up even when nothing under `root` nests: an added reply's parent is outside it.
    const parent = closest(reply.parentElement, selectors.reply);
    return parent !== null && readOnce(parent, true).byBrand;
  };

  const tracked: { reply: Element; parts: ReplyParts; postId?: string }[] = [];
  const brandReplies: Element[] = [];
  for (const reply of replies) {
    const parts = readOnce(reply, mayNest && holdsItems(reply, selectors.reply));
    if (parts.byBrand) brandReplies.push(reply);
    if (!parts.id || parts.byBrand) continue;
    // Only the brand's conversations: under its post, answering its reply, or naming it.
    const thread = threadOf(reply);
    if (thread.byBrand || answersBrand(reply) || mentionsBrand(parts, brands))
      tracked.push({ reply, parts, postId: thread.postId });
  }
  // A comment is answered when a brand reply is nested in it.
  const answered = holdersOf(brandReplies, selectors.reply);
  return tracked.map(({ reply, parts, postId }) =>
    seenComment('vk', context, parts, answered.has(reply), postId),
  );
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
