import type { Category, Format } from '../../shared/content-types';
import { t } from '../../shared/i18n';

/** A category as a message name part: `local-event` as `local_event`. */
type Underscored<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Underscored<B>}` : S;

/** Message names may hold only letters, digits and `_`, so `local-event` becomes `local_event`. */
export function contentCategoryLabel(category: Category): string {
  return t(`category_${category.replace(/-/g, '_') as Underscored<Category>}`);
}

export function formatLabel(format: Format): string {
  return t(`format_${format}`);
}
