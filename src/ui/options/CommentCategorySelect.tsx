import { categoryLabel } from '../../comments/labels';
import { type CommentCategory, commentCategories } from '../../shared/comment';
import type { FieldA11y } from './Field';

/** A comment category, by its label: the policy's lines and the saved answers pick one the same way. */
export function CommentCategorySelect({
  a11y,
  value,
  onChange,
}: {
  a11y: FieldA11y;
  value: CommentCategory;
  onChange: (category: CommentCategory) => void;
}) {
  return (
    <select
      {...a11y}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as CommentCategory)}
    >
      {commentCategories.map((category) => (
        <option key={category} value={category}>
          {categoryLabel(category)}
        </option>
      ))}
    </select>
  );
}
