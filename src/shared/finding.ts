import type { Category, Format } from './content-types';
import type { MessageKey } from './i18n';

export type Severity = 'info' | 'warn' | 'error';

/** Something the panel can do for the user about a finding. */
export type FindingAction = { kind: 'insert-hashtag'; hashtag: string };

/**
 * A substitution in a finding's message. Rules stay pure and language-free: they say what to show
 * (a count, a content type, a moment in the brand's zone, a length of time) and the panel writes it
 * in the UI language (src/ui/components/finding-params.ts). A string is shown as it is: a domain, a
 * network's name, a hashtag, words quoted from the draft.
 */
export type FindingParam =
  | string
  | number
  | { kind: 'category'; category: Category }
  | { kind: 'format'; format: Format }
  /** The date of `at` (epoch ms) in `zone`, e.g. "jeudi 26 novembre". */
  | { kind: 'date'; at: number; zone: string }
  /** The time of day of `at` in `zone`, e.g. "14:00" or "2:00 PM". */
  | { kind: 'time'; at: number; zone: string }
  /** A wall-clock time as the settings store it (`HH:MM`), e.g. quiet hours. */
  | { kind: 'clock'; clock: string }
  /** A length of time, e.g. "4 h" or "1 h 30 min". */
  | { kind: 'minutes'; minutes: number };

/**
 * One piece of advice about a draft. `id` is a rule id from docs/ARCHITECTURE.md (`links.external`, …).
 * `message` is an i18n key from public/_locales, `params` its substitutions, in order.
 */
export interface Finding {
  id: string;
  severity: Severity;
  message: MessageKey;
  params?: FindingParam[];
  /** The words, links or figures that caused the finding, as found in the draft. */
  evidence?: string[];
  action?: FindingAction;
  /**
   * A better way to say it, shown under the message: an i18n key and its params, as for `message`.
   * Kept apart from `message` (what was found) so the brand's own guidance, such as its
   * communication policy for tense exchanges, can take the place of the built-in one.
   */
  hint?: { message: MessageKey; params?: FindingParam[] };
}
