/**
 * Facebook: Lexical editors (`data-lexical-editor`), comments as `div[role="article"]` with their
 * `comment_id=` link. Class names are obfuscated and labels localised, so the adapter reads roles,
 * link shapes and nesting; the few labels it needs are matched in English, French and Russian.
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import {
  ancestorWith,
  brandSet,
  closest,
  first,
  isPlainEnter,
  labelOf,
  mentionsAny,
  pathOf,
  queryAll,
  searchParam,
  textOf,
} from './dom';
import { isResolved } from './link-parts';
import { firstAccepted, holdsItems, oncePer, ownPart } from './own-part';
import { seenComment } from './thread';

const selectors = {
  composer: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  dialog: '[role="dialog"]',
  article: 'div[role="article"]',
  /** A feed story: `aria-posinset` on the feed's items, `role="article"` on permalink pages. */
  story: '[aria-posinset], [role="feed"] > div, div[role="article"]',
  /** A comment or a reply: an article labelled by its author ("Comment by …", localised). */
  comment: 'div[role="article"][aria-label]',
  /** A story as comments see it: a feed item, or the post of a permalink page (not a comment). */
  feedStory: '[aria-posinset], [role="feed"] > div, div[role="article"]:not([aria-label])',
  storyText:
    '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
  commentLink: 'a[href*="comment_id="]',
  /**
   * Links that may be a comment's author: a link whose `href` attribute names a comment is a
   * permalink, so the selector leaves it out natively; the resolved `href` is still checked.
   */
  authorLink: 'a[href]:not([href*="comment_id="])',
  text: 'div[dir="auto"]',
  button: 'div[role="button"], button',
  /** The comment box's send button has had this id for years, whatever the language. */
  commentSubmit: '#focused-state-composer-submit',
  feed: '[role="feed"], [role="main"]',
  /** The top bar's link to the profile the user acts as (a page, for a page's admin); localised label. */
  profileLink:
    '[role="banner"] a[href][aria-label="Your profile"], [role="banner"] a[href][aria-label="Votre profil"], [role="banner"] a[href][aria-label="Ваш профиль"]',
  /**
   * Messenger's composer, in its chat boxes on every page: the same Lexical editor as a post's, so
   * it is told apart by its surroundings ("Thread composer") and its "Aa" placeholder, which
   * Messenger shows in every language.
   */
  messengerBox: '[aria-label="Thread composer"], [aria-placeholder="Aa"]',
};

/** Messenger's own pages on facebook.com (messenger.com now sends its users there). */
const messengerPages = /^\/messages(\/|$)/;

const postLabels = ['post', 'publier', 'опубликовать'];
const commentLabels = [
  'comment',
  'commenter',
  'комментировать',
  'reply',
  'répondre',
  'ответить',
  'send',
  'envoyer',
  'отправить',
];
/** Comment boxes' placeholders, for when the box is not inside the story it answers. */
const commentBoxLabels = [
  'write a comment',
  'write a public comment',
  'reply to',
  'écrivez un commentaire',
  'écrire un commentaire',
  'répondre à',
  'напишите комментарий',
  'ответить',
];

function storyTextOf(story: Element): string {
  const message = first(story, selectors.storyText);
  if (message) return textOf(message);
  // Older markup points at the story's text with aria-describedby.
  const described = story.getAttribute('aria-describedby');
  const target = described ? story.ownerDocument.getElementById(described.split(' ')[0]) : null;
  return textOf(target);
}

function describe(element: HTMLElement): ComposerShape {
  const dialog = closest(element, selectors.dialog);
  const container = ancestorWith(element, selectors.button, 8) ?? dialog ?? element.parentElement ?? element;
  // A box inside a comment answers that comment; inside a story, the story.
  const comment = closest(element, selectors.article);
  if (comment && first(comment, selectors.commentLink)) {
    return { kind: 'reply', container, replyTo: textOf(first(comment, selectors.text)) };
  }
  const story =
    closest(element, selectors.story) ?? (dialog && first(dialog, selectors.storyText) ? dialog : null);
  const label = labelOf(element);
  const labelled = commentBoxLabels.some((start) => label.startsWith(start));
  if (!story && !labelled) return { kind: 'post', container };
  const replyTo = story ? storyTextOf(story) : '';
  return { kind: 'reply', container, ...(replyTo ? { replyTo } : {}) };
}

function postButton(composer: Composer): HTMLElement | null {
  const submit = first(composer.container, selectors.commentSubmit);
  if (submit) return submit;
  const words = composer.kind === 'post' ? postLabels : commentLabels;
  const scope =
    composer.kind === 'post'
      ? (closest(composer.element, selectors.dialog) ?? composer.container)
      : composer.container;
  return queryAll(scope, selectors.button).find((button) => words.includes(labelOf(button))) ?? null;
}

/**
 * A link's address as `anchor.href` gives it: the attribute itself when it is already resolved
 * (Facebook writes its links in full), since each `href` read resolves the link again.
 */
function hrefOf(anchor: HTMLAnchorElement): string {
  const raw = anchor.getAttribute('href');
  return raw !== null && isResolved(raw) ? raw : anchor.href;
}

/** A comment's author: the first link of its own that isn't a permalink, its URL and its text. */
interface Author {
  link: HTMLAnchorElement;
  /** The link's `href` attribute as written (hrefOf resolves it when it must be read as a URL). */
  href: string;
  /** The link's text as the page has it (untrimmed): the author's name. */
  name: string;
}

/**
 * The profile a comment's author links to: the first link of the comment that isn't its permalink.
 * `nested`: whether the comment holds replies (whose links are not its own).
 */
function authorOf(article: Element, nested: boolean): Author | null {
  let href = '';
  let name = '';
  const link = ownPart<HTMLAnchorElement>(
    article,
    selectors.authorLink,
    selectors.article,
    nested,
    (anchor) => {
      href = anchor.getAttribute('href') ?? '';
      name = anchor.textContent ?? '';
      return !href.includes('comment_id=') && name.trim() !== '';
    },
  );
  return link ? { link, href, name } : null;
}

const firstSegment = /[^/]+/;

/** A profile URL's name: `/acmebrand`, `/profile.php?id=…` (the id) or `/people/Name/id`. */
function profileSlug(href: string): string {
  const id = searchParam(href, 'id');
  if (id) return id;
  // The first segment, matched rather than split out: a scan asks this of every comment's author.
  return firstSegment.exec(pathOf(href))?.[0].toLowerCase() ?? '';
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  const brands = brandSet(context.brandHandles);
  const isBrandProfile = (href: string, name: string) =>
    brands.has(profileSlug(href)) || brands.has(name.trim().toLowerCase());
  // A brand's profile address holds its name (or its id): an address that holds none, with nothing
  // percent-encoded that could hide one, is not read as a URL. Most authors are not the brand, and
  // reading their addresses was a tenth of the scan.
  const mayNameBrand = (href: string) => {
    if (href.includes('%') || href.includes('+')) return true;
    const lower = href.toLowerCase();
    for (const brand of brands) if (lower.includes(brand)) return true;
    return false;
  };
  // What the scan asks of every article, read once: a reply is asked about as a comment and again
  // from the comment that holds it. `nested`: whether it holds replies (else every part is its own).
  const factsOf = oncePer((article: Element) => {
    const nested = holdsItems(article, selectors.article);
    const author = authorOf(article, nested);
    const byBrand =
      author !== null &&
      (mayNameBrand(author.href)
        ? isBrandProfile(hrefOf(author.link), author.name)
        : brands.has(author.name.trim().toLowerCase()));
    return { nested, name: author?.name ?? '', byBrand };
  });
  const isBrand = (article: Element) => factsOf(article).byBrand;
  // Whose post the comments answer: the story's author link, else the owner its permalinks name.
  const brandStories = new Map<Element | null, boolean>();
  // The feed story (or permalink post) of a comment list, its nearest story that isn't a comment:
  // found once per list, which its comments share, not walked up to from each comment.
  const storyOf = oncePer((list: Element | null) => closest(list, selectors.feedStory));
  const onBrandsPost = (article: Element, permalink: string) => {
    const story = storyOf(article.parentElement);
    let known = brandStories.get(story);
    if (known === undefined) {
      // The story's first link outside its comments: the author's avatar or name. It comes first;
      // listing every link of a story with thousands of comments cost an added reply's scan 1.5 ms.
      const head = story
        ? firstAccepted<HTMLAnchorElement>(
            story,
            'a[href]',
            (link) => closest(link, selectors.comment) === null,
          )
        : null;
      known = head
        ? isBrandProfile(hrefOf(head), head.textContent ?? '')
        : brands.has(profileSlug(permalink));
      brandStories.set(story, known);
    }
    return known;
  };
  // Links in a comment's text are read only when it has one: most have none.
  const linksToBrand = (scope: Element) =>
    first(scope, 'a[href]') !== null &&
    queryAll<HTMLAnchorElement>(scope, 'a[href]').some((link) => isBrandProfile(hrefOf(link), ''));
  const found: ReturnType<Adapter['comments']> = [];
  for (const article of queryAll(root, selectors.article)) {
    const { nested, name, byBrand } = factsOf(article);
    const permalink = ownPart<HTMLAnchorElement>(article, selectors.commentLink, selectors.article, nested);
    if (!permalink || byBrand) continue;
    const href = hrefOf(permalink);
    const id = searchParam(href, 'reply_comment_id') ?? searchParam(href, 'comment_id');
    if (!id) continue;
    const parent = closest(article.parentElement, selectors.article);
    // As dom.ts ownFirst counts it, the article itself is its text when it has the text's form.
    const textElement = article.matches(selectors.text)
      ? article
      : ownPart(article, selectors.text, selectors.article, nested);
    const text = textOf(textElement);
    // Only the brand's conversations: under its post, answering its comment, or naming it.
    const relevant =
      onBrandsPost(article, href) ||
      (parent !== null && isBrand(parent)) ||
      mentionsAny(text, brands) ||
      linksToBrand(textElement ?? article);
    if (!relevant) continue;
    // The brand's answer is nested in the comment's item (its replies), or follows a reply in the
    // same replies list.
    let answered = false;
    if (nested) {
      const replies = article.querySelectorAll(selectors.article);
      for (let index = 0; index < replies.length && !answered; index++) answered = isBrand(replies[index]);
    }
    for (
      let sibling = article.nextElementSibling;
      parent && sibling && !answered;
      sibling = sibling.nextElementSibling
    ) {
      answered = sibling.matches(selectors.article) && isBrand(sibling);
    }
    const query = href.indexOf('?');
    const postId = query < 0 ? href : href.slice(0, query);
    found.push(seenComment('facebook', context, { id, author: name.trim(), text }, answered, postId));
  }
  return found;
}

/** The profile the top bar links to, as its slug (`acmebrand`, or the id of `profile.php?id=`). */
function signedIn(document: Document): string {
  const link = first<HTMLAnchorElement>(document, selectors.profileLink);
  return link ? profileSlug(link.href) : '';
}

export const adapter: Adapter = defineAdapter({
  network: 'facebook',
  selectors,
  composer: selectors.composer,
  privateMessages: { pages: messengerPages, boxes: selectors.messengerBox },
  describe,
  postButton,
  // Comment boxes send on Enter; the "Create post" dialog only from its button.
  isPublishShortcut: (event, composer) => composer.kind === 'reply' && isPlainEnter(event),
  comments,
  signedIn,
  observed: selectors.feed,
  commentsExpected: (url) => /\/(posts|videos|photos|permalink\.php|story\.php)\b/.test(url.pathname),
  commentsContainer: selectors.article,
  commentItem: selectors.article,
  commentAnchor: (id) => `a[href*="comment_id=${id}"]`,
  deleteLabels: commonDeleteLabels,
});
