import type { Brand, Settings } from '../../shared/settings-schema';
import type { Problem } from '../../shared/validation';

/**
 * What every settings section gets: the part of the draft it edits, how to change it, and that
 * part's live problems. Most sections edit one brand (an agency plans each brand apart): they get
 * that brand, with problem paths relative to it (`businessHours.close`, not `brands[1].…`).
 */
export interface SectionProps<T = Settings> {
  settings: T;
  onChange: (settings: T) => void;
  problems: readonly Problem[];
}

/** A section that edits the brand chosen at the top of the page. */
export type BrandSectionProps = SectionProps<Brand>;

/** A fresh id for a new list item (brand, event, task, …). */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
