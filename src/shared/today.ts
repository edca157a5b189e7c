import type { PlanDay } from './calendar';
import type { CommentsSummary } from './comment';
import type { Category, Format } from './content-types';
import type { Network } from './networks';
import type { PlanItem } from './plan';
import type { Settings } from './settings-schema';

/**
 * What the popup shows, in one answer of `popup.today`: today's checklist in the brand's zone,
 * computed at the popup's own `now` (so a test's fixed clock and the popup agree on "today").
 */
export interface PopupToday {
  now: number;
  /** `YYYY-MM-DD` of today in `zone`: the key the checklist ticks are stored under. */
  day: string;
  zone: string;
  /** The language of day names (the brand's, else the browser's). */
  lang: 'en' | 'fr' | 'ru';
  settings: Settings;
  theme: { hashtags: string[]; idea: string; done: boolean };
  /** The same answer as `comments.summary`, at `now`. */
  comments: CommentsSummary;
  /** What the mix needs next, judged on the posts before today; done once today's posts include it. */
  mix: { format: Format; category: Category; done: boolean };
  cadence: { networks: NetworkCadenceToday[]; done: boolean };
  unusualDays: { id: string; name: string; hashtag: string; idea: string; done: boolean }[];
  events: {
    id: string;
    name: string;
    hashtag?: string;
    place?: string;
    idea: string;
    daysUntil: number;
    done: boolean;
  }[];
  /** Check id -> ticked by hand, for today. */
  ticks: Record<string, boolean>;
  week: PlanDay[];
  /** Ideas and drafts pinned to the week's days (the options' week plan). */
  pinned?: PlanItem[];
}

export interface NetworkCadenceToday {
  network: Network;
  dailyCap: number;
  postedToday: number;
  left: number;
  /** When the next post fits (gap and quiet hours included); null when none fits before tomorrow. */
  nextAt: number | null;
}
