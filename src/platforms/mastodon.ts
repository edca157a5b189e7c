/**
 * Mastodon 4.x on any instance: a React textarea in `form.compose-form`, statuses as
 * `.status[data-id]`. Mastodon's own class names are its stable, documented-by-use API (every
 * theme and userscript relies on them); accounts are read from `title` (the acct), never from text.
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import {
  brandSet,
  closest,
  datetimeOf,
  first,
  isModEnter,
  normalizeHandle,
  pathOf,
  queryAll,
  textOf,
} from './dom';
import { safely } from './guard';
import { followingThread, type ThreadItem } from './thread';

const selectors = {
  composer: 'form.compose-form textarea.autosuggest-textarea__textarea',
  form: 'form.compose-form',
  replyIndicator: '.reply-indicator',
  replyText: '.reply-indicator__content',
  postButton: '.compose-form__submit button[type="submit"], button[type="submit"]',
  uploads: '.compose-form__uploads',
  poll: '.compose-form__poll, .compose-form__poll-wrapper',
  status: '.status[data-id]',
  detailedStatus: '.detailed-status',
  account: 'a.status__display-name',
  /**
   * A status's first time is its relative time (`a.status__relative-time time`); a selector list
   * naming it first found the same element at twice the cost.
   */
  time: 'time[datetime]',
  content: '.status__content',
  mention: '.status__content a.mention[href]',
  columns: '.columns-area__panels__main, .columns-area',
  /** The compose panel's navigation bar names the signed-in account (`@acmebrand`). */
  profileAccount: '.navigation-bar .navigation-bar__profile-account, .navigation-bar .display-name__account',
};

/** `/@acct/123` on the instance: a status page, whose acct is the thread's author. */
const statusPath = /^\/@([^/]+)\/(\d+)$/;

function describe(element: HTMLElement): ComposerShape {
  const form = closest(element, selectors.form) ?? element.parentElement ?? element;
  const indicator = first(form, selectors.replyIndicator);
  if (!indicator) return { kind: 'post', container: form };
  const replyTo = textOf(first(indicator, selectors.replyText));
  return { kind: 'reply', container: form, ...(replyTo ? { replyTo } : {}) };
}

/** `bob` on mastodon.social and `bob@mastodon.social` are one account: compare full accts. */
function fullAcct(acct: string, host: string): string {
  const bare = normalizeHandle(acct);
  return bare.includes('@') ? bare : `${bare}@${host}`;
}

function mentionAcct(href: string): string {
  return safely(() => {
    const url = new URL(href);
    const user = /^\/@([^/@]+)/.exec(url.pathname)?.[1];
    return user ? `${user}@${url.hostname}`.toLowerCase() : '';
  }, '');
}

/**
 * The index of the first status (in page order) that follows `focused`, found by halving: each
 * comparison of two nodes' positions walks their lists of siblings, too costly once per status.
 */
function firstFollowing(statuses: Element[], focused: Element): number {
  let low = 0;
  let high = statuses.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (focused.compareDocumentPosition(statuses[middle]) & Node.DOCUMENT_POSITION_FOLLOWING) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Whom the status names in its text, as full accts, its author's own left out. One native query
 * says whether it has a mention link at all (most have none) before they are listed and parsed.
 */
function mentionedAccts(status: Element, own: string): string[] {
  if (!status.querySelector('a.mention[href]')) return [];
  return queryAll<HTMLAnchorElement>(status, selectors.mention)
    .map((link) => mentionAcct(link.href))
    .filter((target) => target && target !== own);
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  const host = safely(() => new URL(context.pageUrl).hostname.toLowerCase(), '');
  const page = statusPath.exec(pathOf(context.pageUrl));
  // A handle without a domain may belong to any instance: then only the user part is compared.
  const accounts = [...brandSet(context.brandHandles)].map((configured) =>
    configured.includes('@') ? { acct: fullAcct(configured, host) } : { user: configured },
  );
  /** Whether a full acct (`fullAcct`) is one of the brand's. */
  const isBrand = (full: string) => {
    const user = full.split('@')[0];
    return accounts.some((account) => (account.acct ? full === account.acct : user === account.user));
  };
  const threadIsBrands = page !== null && isBrand(fullAcct(page[1], host));
  // Descendants follow the focused status; ancestors above it are context, not comments.
  const focused = first(root, selectors.detailedStatus);
  const statuses = queryAll(root, selectors.status);
  const firstBelow = focused ? firstFollowing(statuses, focused) : statuses.length;
  const items: ThreadItem[] = [];
  for (let index = 0; index < statuses.length; index++) {
    const status = statuses[index];
    const acct = first(status, selectors.account)?.getAttribute('title') ?? '';
    const id = status.getAttribute('data-id') ?? '';
    if (!acct || !id || id === page?.[2]) continue;
    const own = fullAcct(acct, host);
    const repliesTo = mentionedAccts(status, own);
    const belowFocused = focused !== null && index >= firstBelow;
    const item: ThreadItem = {
      id,
      author: acct,
      text: textOf(first(status, selectors.content)),
      who: own,
      byBrand: isBrand(own),
      repliesTo,
      counts: (threadIsBrands && (belowFocused || focused === null)) || repliesTo.some(isBrand),
    };
    const writtenAt = datetimeOf(status, selectors.time);
    if (writtenAt !== undefined) item.writtenAt = writtenAt;
    items.push(item);
  }
  return followingThread('mastodon', context, items, page?.[2]);
}

/** The signed-in acct, as the compose panel's navigation bar shows it. */
function signedIn(document: Document): string {
  return textOf(first(document, selectors.profileAccount));
}

export const adapter: Adapter = defineAdapter({
  network: 'mastodon',
  selectors,
  composer: selectors.composer,
  describe,
  postButton: (composer: Composer) => first(composer.container, selectors.postButton),
  isPublishShortcut: (event) => isModEnter(event),
  attachments: { image: selectors.uploads, poll: selectors.poll },
  comments,
  signedIn,
  observed: selectors.columns,
  commentsExpected: (url) => statusPath.test(url.pathname),
  commentsContainer: `${selectors.detailedStatus}, ${selectors.status}`,
  commentItem: selectors.status,
  commentAnchor: (id) => `[data-id="${id}"]`,
  deleteLabels: commonDeleteLabels,
});
