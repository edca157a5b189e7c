import type { CommentCategory, CommentStatus } from '../shared/comment';
import { type MessageKey, t } from '../shared/i18n';

/** i18n keys (src/comments/messages.*.json, merged into public/_locales) for the names users see. */
export const categoryKeys: Record<CommentCategory, MessageKey> = {
  question: 'commentCategoryQuestion',
  complaint: 'commentCategoryComplaint',
  praise: 'commentCategoryPraise',
  request: 'commentCategoryRequest',
  'spam-like': 'commentCategorySpamLike',
  other: 'commentCategoryOther',
};

export const statusKeys: Record<CommentStatus, MessageKey> = {
  awaiting: 'commentStatusAwaiting',
  answered: 'commentStatusAnswered',
  'no-reply-needed': 'commentStatusNoReplyNeeded',
};

export function categoryLabel(category: CommentCategory): string {
  return t(categoryKeys[category]);
}

export function statusLabel(status: CommentStatus): string {
  return t(statusKeys[status]);
}
