import type { Suggestion } from '../../shared/calendar';
import type { CommentCategory } from '../../shared/comment';
import type { Category } from '../../shared/content-types';
import type { Draft } from '../../shared/draft';
import type { Finding } from '../../shared/finding';
import type { Network } from '../../shared/networks';
import type { PinnedIdea, StarterOffer } from '../../shared/plan';
import type { AnswerOffer, DraftType } from '../../shared/protocol';
import { createStore } from '../components/store';

export type { DraftType } from '../../shared/protocol';

/** A brand as the panel names it. */
export interface PanelBrand {
  id: string;
  name: string;
}

/** An awaiting comment as the panel lists it. */
export interface UnansweredItem {
  id: string;
  author: string;
  excerpt: string;
  dueAt: number;
  category?: CommentCategory;
  /** Who answers this category (communication policy), if set. */
  person?: string;
  /** The brand's saved answers for this comment, filled for it. */
  answers?: AnswerOffer[];
  /** The comment is on this page, so "Jump" can find it. */
  onPage: boolean;
}

/** Everything the panel shows; written by the content script, read by the panel's components. */
export interface PanelState {
  collapsed: boolean;
  draft: Draft | null;
  /** Grapheme count of the draft: what a person would call its characters. */
  characters: number;
  /** Case-insensitive keys of the draft's hashtags, so a tag already there isn't offered again. */
  draftHashtags: string[];
  findings: Finding[];
  /** Rules that failed on this draft (their error is shown, the other findings still are). */
  ruleErrors: string[];
  suggestions: Suggestion[];
  /** Ideas pinned for today on this network. */
  pinned: PinnedIdea[];
  /** Starter prompts of the categories the mix needs more of. */
  starters: StarterOffer[];
  draftType: DraftType | null;
  /** The user's own choice of category, which wins over the guess. */
  chosenCategory: Category | null;
  unanswered: UnansweredItem[];
  /** Awaiting comments on other pages. */
  awaitingElsewhere: number;
  /** The time "now" for due times, refreshed with each update. */
  now: number;
  /** What the page no longer shows as expected. */
  health: { composerMissing: boolean; commentsMissing: boolean } | null;
  /** A saved draft the panel offers to restore into the empty composer. */
  restorable: { text: string; savedAt: number } | null;
  /** The last insertion the editor refused. */
  insertFailed: string | null;
  /** The last autosave of the draft failed (the background could not write it); cleared by the next that works. */
  draftSaveFailed: boolean;
  /** The brand the panel advises for, and every brand the user may switch to. */
  brand: PanelBrand | null;
  brands: PanelBrand[];
  /** The network whose account the brand has not named yet: nothing is tracked there until it does. */
  accountMissing: Network | null;
  /** The delete guard's reminder, shown while the user is about to delete someone's comment. */
  deleteGuard: { proceed: () => void; cancel: () => void } | null;
}

export function initialPanelState(): PanelState {
  return {
    collapsed: false,
    draft: null,
    characters: 0,
    draftHashtags: [],
    findings: [],
    ruleErrors: [],
    suggestions: [],
    pinned: [],
    starters: [],
    draftType: null,
    chosenCategory: null,
    unanswered: [],
    awaitingElsewhere: 0,
    now: Date.now(),
    health: null,
    restorable: null,
    insertFailed: null,
    draftSaveFailed: false,
    deleteGuard: null,
    brand: null,
    brands: [],
    accountMissing: null,
  };
}

export function createPanelState() {
  return createStore<PanelState>(initialPanelState());
}

export type PanelStore = ReturnType<typeof createPanelState>;

/** What the panel's buttons ask the content script to do. */
export interface PanelActions {
  toggleCollapsed(): void;
  insertHashtag(hashtag: string): void;
  insertText(text: string): void;
  chooseCategory(category: Category | null): void;
  markComment(id: string, status: 'answered' | 'no-reply-needed'): void;
  jumpToComment(id: string): void;
  restoreDraft(): void;
  dismissRestore(): void;
  /** The user picked the brand the panel advises for on this page. */
  chooseBrand(brandId: string): void;
  /** Opens the options at the brand's account field for this page's network. */
  nameAccount(): void;
}
