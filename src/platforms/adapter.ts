import type { SeenComment } from '../shared/comment';
import type { AttachmentKind, Draft } from '../shared/draft';
import type { Network } from '../shared/networks';

/** One composer on the page: a new post, a reply, or a comment box (which counts as a reply). */
export interface Composer {
  /** The editable root: a `textarea` or the outermost contenteditable element. */
  element: HTMLElement;
  kind: 'post' | 'reply';
  /** The text being answered, when the page shows it. */
  replyTo?: string;
  /**
   * The composer's own surroundings (dialog, form or box) where its toolbar, attachment previews
   * and post button live; the panel docks beside it.
   */
  container: HTMLElement;
}

export interface PageHealth {
  /** A composer is visible on the page but none of the adapter's selectors found it. */
  composerMissing: boolean;
  /** The page should show comments (a post page) but the comments container is not found. */
  commentsMissing: boolean;
  /** Selector name -> how many elements it matched, for the debug switch in the options. */
  matched: Record<string, number>;
}

export interface CommentScanContext {
  /**
   * The brand's accounts on this network (handles, page names, as the user typed them). Empty: the
   * user named none, and nothing on the page is the brand's conversation, so nothing is tracked.
   */
  brandHandles: readonly string[];
  pageUrl: string;
}

/**
 * What the content script needs from a network's page. Adapters are thin: selectors, reading and
 * writing; all judgement lives in the rules. Each adapter's selectors sit in one object at the top
 * of its file, each proven by a fixture in e2e/fixtures/<network>/.
 */
export interface Adapter {
  network: Network | null;
  selectors: Record<string, string>;
  /** Every composer under `root` (modals, SPA pages and feeds included). */
  composers(root: ParentNode): Composer[];
  /** The composer that `target` (a focused or clicked element) belongs to, if any. */
  composerFor(target: Element): Composer | null;
  /** The draft as the network's editor holds it, attachments included. */
  readDraft(composer: Composer): Draft;
  /** The attachments (images, videos, polls…) shown in the composer's container. */
  attachments(composer: Composer): AttachmentKind[];
  /** The button that publishes this composer's text, if the page shows one. */
  postButton(composer: Composer): HTMLElement | null;
  /** True when `event` (a keydown in the composer) publishes it, e.g. Ctrl/Cmd+Enter. */
  isPublishShortcut(event: KeyboardEvent, composer: Composer): boolean;
  /** The comments and mentions under `root`, for the comment tracking. */
  comments(root: ParentNode, context: CommentScanContext): SeenComment[];
  /**
   * The account the page is signed in as, where the page shows it (its navigation's profile link),
   * as a bare name; '' when the page doesn't show one. It picks the brand the panel advises for.
   */
  signedInAccount(document: Document): string;
  /** The elements worth observing for new composers and comments (narrow, not `document.body`). */
  observedRoots(document: Document): Element[];
  health(document: Document): PageHealth;
  /** The page element of a comment that `comments` reported (by its id), if it is on this page. */
  commentElement(commentId: string, root?: ParentNode): HTMLElement | null;
  /** The comment item that `target` (a clicked or pointed element) sits in, if any. */
  commentItemAt(target: Element): Element | null;
  /** The network's "Delete" action that `target` belongs to (a menu item or button), if any. */
  deleteActionAt(target: Element): HTMLElement | null;
}
