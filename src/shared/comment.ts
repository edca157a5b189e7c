import * as v from 'valibot';
import { type Network, networks } from './networks';

/**
 * `stale`: awaited longer than the user's `staleAfterDays` without an answer. Not counted, not
 * notified, kept for the report until the retention deletes it.
 */
export const commentStatuses = ['awaiting', 'answered', 'no-reply-needed', 'stale'] as const;
export type CommentStatus = (typeof commentStatuses)[number];
export const commentCategories = [
  'question',
  'complaint',
  'praise',
  'request',
  'spam-like',
  'other',
] as const;
export type CommentCategory = (typeof commentCategories)[number];

/** A comment or mention seen on a page, tracked until it is answered. */
export interface CommentRecord {
  /** `network:permalink-or-network-id`, so two tabs seeing the same comment make one record. */
  id: string;
  network: Network;
  /** The brand whose conversation it is (the brand the page's panel advised for). */
  brandId?: string;
  author: string;
  excerpt: string;
  /** Epoch milliseconds: from the page's own time markup, else when first seen. */
  writtenAt: number;
  firstSeenAt: number;
  /** The page the comment was seen on, to go back to it. */
  pageUrl: string;
  /** The post it belongs to (permalink or id), when known. */
  postId?: string;
  status: CommentStatus;
  statusChangedAt: number;
  reason?: string;
  category?: CommentCategory;
  /** Epoch milliseconds; in business hours from writtenAt. */
  dueAt: number;
}

/** A comment or mention as a page shows it, before the background tracks it. */
export const SeenCommentSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(3), v.maxLength(600)),
  network: v.picklist(networks),
  author: v.pipe(v.string(), v.maxLength(300)),
  excerpt: v.pipe(v.string(), v.maxLength(2000)),
  /**
   * When it was written: epoch milliseconds, or the page's own `datetime` text
   * (`2025-11-20T09:05:00.000Z`) for the background to read. Parsed in the page, those dates were a
   * tenth of a comment scan's time.
   */
  writtenAt: v.optional(v.union([v.pipe(v.number(), v.finite()), v.pipe(v.string(), v.maxLength(64))])),
  pageUrl: v.pipe(v.string(), v.maxLength(2000)),
  postId: v.optional(v.pipe(v.string(), v.maxLength(600))),
  answeredByBrand: v.boolean(),
});
export type SeenComment = v.InferOutput<typeof SeenCommentSchema>;

/** The awaiting comments at a moment, for the badge, the popup and the panel. */
export interface AwaitingSummary {
  awaiting: number;
  /** Awaiting with `dueAt` before now. */
  overdue: number;
  /** The next deadline still ahead (`dueAt >= now`), or null. */
  nextDueAt: number | null;
  /** The earliest deadline of all awaiting comments, overdue ones included, or null. */
  earliestDueAt: number | null;
  byNetwork: Record<Network, { awaiting: number; overdue: number }>;
}

/** Answer times in business minutes over a period. */
export interface AnswerTimeStats {
  /** Answered comments whose answer time is known. */
  count: number;
  /** Null when there is nothing to average. */
  averageMinutes: number | null;
  medianMinutes: number | null;
}

/** The comments' state for the popup: what awaits, how fast answers came, against the target. */
export interface CommentsSummary {
  summary: AwaitingSummary;
  answerTimes: { week: AnswerTimeStats; month: AnswerTimeStats };
  targetMinutes: number;
}
