import type { Network } from './networks';

export type CommentStatus = 'awaiting' | 'answered' | 'no-reply-needed';
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
