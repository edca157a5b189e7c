import * as v from 'valibot';
import { type CommentRecord, commentCategories, commentStatuses } from './comment';
import { networks } from './networks';
import { type PostRecord, PostSchema } from './post';

/**
 * The shapes of the records the extension stores, as schemas: a post logged by hand is checked
 * against one where it is received, and a backup's every record before it is restored. The limits
 * are those of the requests that write them, so a record the extension stored always passes.
 */

const NetworkName = v.picklist(networks);
const Epoch = v.pipe(v.number(), v.finite());
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** A publishing-log entry: its schema lives with its type. */
export { PostSchema };

/** A tracked comment, as comments-repo keeps it. */
export const CommentRecordSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(3), v.maxLength(600)),
  network: NetworkName,
  brandId: v.optional(text(100)),
  author: text(300),
  excerpt: text(2000),
  writtenAt: Epoch,
  firstSeenAt: Epoch,
  pageUrl: text(2000),
  postId: v.optional(text(600)),
  status: v.picklist(commentStatuses),
  statusChangedAt: Epoch,
  reason: v.optional(text(500)),
  category: v.optional(v.picklist(commentCategories)),
  dueAt: Epoch,
});

/** A composer's autosaved text: `network:kind:page#tab-<id>` (store/drafts-repo.ts). */
export const SavedDraftSchema = v.strictObject({
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(2200)),
  network: NetworkName,
  kind: v.picklist(['post', 'reply']),
  pageUrl: text(2000),
  text: text(100_000),
  savedAt: Epoch,
});

/** The popup's hand-ticked items of one day. */
export const ChecklistDaySchema = v.strictObject({
  day: v.pipe(v.string(), v.isoDate()),
  ticks: v.pipe(
    v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(300)), v.boolean()),
    v.check((ticks) => Object.keys(ticks).length <= 1000, 'errTooManyItems'),
  ),
});

export type SavedDraft = v.InferOutput<typeof SavedDraftSchema>;
export type ChecklistDay = v.InferOutput<typeof ChecklistDaySchema>;

/**
 * The post and comment types are written out where they are used everywhere; the compiler keeps
 * them and their schemas the same (each must be assignable to the other).
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const postMatches: Same<PostRecord, v.InferOutput<typeof PostSchema>> = true;
const commentMatches: Same<CommentRecord, v.InferOutput<typeof CommentRecordSchema>> = true;
void postMatches;
void commentMatches;
