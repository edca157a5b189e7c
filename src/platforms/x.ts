/**
 * X (x.com, twitter.com): Draft.js composers, tweets as `article[data-testid="tweet"]`. Test ids
 * only; no class names and no visible text, so the adapter works in every interface language.
 */
import type { Adapter, CommentScanContext, Composer } from './adapter';
import { type ComposerShape, commonDeleteLabels, defineAdapter } from './define-adapter';
import { ancestorWith, brandSet, closest, first, isModEnter, pathOf, textOf } from './dom';
import { followingThread, type ThreadItem } from './thread';
import { readTweets } from './x-tweet';

const selectors = {
  /** Draft's contenteditable carries the test id (`tweetTextarea_0`, `_1` in threads of posts). */
  composer: '[contenteditable="true"][data-testid^="tweetTextarea_"]',
  dialog: '[role="dialog"]',
  toolBar: '[data-testid="toolBar"]',
  postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  attachments: '[data-testid="attachments"]',
  poll: '[data-testid="pollOptionsContainer"], [data-testid="addPollOption"]',
  cell: '[data-testid="cellInnerDiv"]',
  tweet: 'article[data-testid="tweet"]',
  userName: '[data-testid="User-Name"]',
  tweetText: '[data-testid="tweetText"]',
  time: 'time[datetime]',
  primaryColumn: '[data-testid="primaryColumn"]',
  /** The side navigation's link to the signed-in account's profile. */
  profileLink: 'a[data-testid="AppTabBar_Profile_Link"][href]',
  /** Direct messages: the conversation's composer, and the messages drawer open on any page. */
  dmBox:
    '[data-testid="dmComposerTextInput"], [data-testid="dm-composer-textarea"], [data-testid="DMDrawer"]',
};

/** X's direct messages: `/messages` and, since its chat rewrite, `/i/chat`. */
const dmPages = /^\/(messages|i\/chat)(\/|$)/;

const statusPath = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/;

/** The tweet a composer answers: inside its dialog, or the cell just above the inline composer. */
function answeredTweet(element: HTMLElement): HTMLElement | null {
  const dialog = closest(element, selectors.dialog);
  if (dialog) return first(dialog, selectors.tweet);
  const cell = closest(element, selectors.cell);
  let previous = cell?.previousElementSibling ?? null;
  // The focused post sits right above the reply box; a few cells at most (a "show more" row).
  for (let step = 0; previous && step < 3; step++, previous = previous.previousElementSibling) {
    const tweet = first<HTMLElement>(previous, selectors.tweet);
    if (tweet) return tweet;
  }
  return null;
}

function describe(element: HTMLElement): ComposerShape {
  const container =
    closest(element, selectors.dialog) ??
    ancestorWith(element, `${selectors.toolBar}, ${selectors.postButton}`) ??
    element.parentElement ??
    element;
  const tweet = answeredTweet(element);
  if (!tweet) return { kind: 'post', container };
  const replyTo = textOf(first(tweet, selectors.tweetText));
  return { kind: 'reply', container, ...(replyTo ? { replyTo } : {}) };
}

function comments(root: ParentNode, context: CommentScanContext): ReturnType<Adapter['comments']> {
  const page = statusPath.exec(pathOf(context.pageUrl));
  const brands = brandSet(context.brandHandles);
  // On the brand's own status page every reply below the post counts; elsewhere (feeds, strangers'
  // threads) only tweets that name one of the brand's accounts are mentions to answer.
  const threadIsBrands = page !== null && brands.has(page[1].toLowerCase());
  let afterFocused = page === null;
  const items: ThreadItem[] = [];
  for (const status of readTweets(root, selectors, brands, threadIsBrands ? page[2] : undefined)) {
    const isFocused = page !== null && status.id === page[2];
    const repliesTo = status.named;
    const mentionsBrand = status.namesBrand === true;
    items.push({
      id: status.id,
      author: status.handle,
      who: status.who,
      text: status.text,
      writtenAt: status.writtenAt,
      byBrand: brands.has(status.who),
      repliesTo,
      counts: !isFocused && ((threadIsBrands && afterFocused) || mentionsBrand),
    });
    if (isFocused) afterFocused = true;
  }
  return followingThread('x', context, items, page?.[2]);
}

/** The handle in the side navigation's profile link (`/acmebrand`). */
function signedIn(document: Document): string {
  const href = first(document, selectors.profileLink)?.getAttribute('href');
  return /^\/([A-Za-z0-9_]{1,15})$/.exec(pathOf(href))?.[1] ?? '';
}

export const adapter: Adapter = defineAdapter({
  network: 'x',
  selectors,
  composer: selectors.composer,
  privateMessages: { pages: dmPages, boxes: selectors.dmBox },
  describe,
  postButton: (composer: Composer) => first(composer.container, selectors.postButton),
  isPublishShortcut: (event) => isModEnter(event),
  attachments: { image: selectors.attachments, poll: selectors.poll },
  comments,
  signedIn,
  observed: selectors.primaryColumn,
  commentsExpected: (url) => statusPath.test(url.pathname),
  commentsContainer: selectors.tweet,
  commentItem: selectors.tweet,
  commentAnchor: (id) => `a[href*="/status/${id}"]`,
  deleteLabels: commonDeleteLabels,
});
