import type { Category, Format } from './content-types';

export type Severity = 'info' | 'warn' | 'error';

/** Something the panel can do for the user about a finding. */
export type FindingAction =
  | { kind: 'insert-hashtag'; hashtag: string }
  | { kind: 'pick-category'; category: Category }
  | { kind: 'pick-format'; format: Format };

/**
 * One piece of advice about a draft. `id` is a rule id from DESIGN.md (`links.external`, …).
 * `message` is an i18n key from public/_locales, `params` its substitutions, in order.
 */
export interface Finding {
  id: string;
  severity: Severity;
  message: string;
  params?: string[];
  /** The words, links or figures that caused the finding, as found in the draft. */
  evidence?: string[];
  action?: FindingAction;
  /**
   * A better way to say it, shown under the message: an i18n key and its params, as for `message`.
   * Kept apart from `message` (what was found) so the brand's own guidance, such as its
   * communication policy for tense exchanges, can take the place of the built-in one.
   */
  hint?: { message: string; params?: string[] };
}
