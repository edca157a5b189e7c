import type { Settings } from '../../shared/settings-schema';
import type { Problem } from '../../shared/validation';

/** What every settings section gets: the draft, how to change it, and the draft's live problems. */
export interface SectionProps {
  settings: Settings;
  onChange: (settings: Settings) => void;
  problems: readonly Problem[];
}

/** A fresh id for a new list item (brand, event, task, …). */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
