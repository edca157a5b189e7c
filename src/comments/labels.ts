import type { CommentCategory } from '../shared/comment';
import { type MessageKey, t } from '../shared/i18n';

/** i18n keys (public/_locales) for the comment categories users see. */
export const categoryKeys: Record<CommentCategory, MessageKey> = {
  question: 'commentCategoryQuestion',
  complaint: 'commentCategoryComplaint',
  praise: 'commentCategoryPraise',
  request: 'commentCategoryRequest',
  'spam-like': 'commentCategorySpamLike',
  other: 'commentCategoryOther',
};

export function categoryLabel(category: CommentCategory): string {
  return t(categoryKeys[category]);
}
