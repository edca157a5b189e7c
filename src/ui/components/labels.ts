import type { Category, Format } from '../../shared/content-types';
import { t } from '../../shared/i18n';

/** Message names may hold only letters, digits and `_`, so `local-event` becomes `local_event`. */
export function contentCategoryLabel(category: Category): string {
  return t(`category_${category.replace(/-/g, '_')}`);
}

export function formatLabel(format: Format): string {
  return t(`format_${format}`);
}
