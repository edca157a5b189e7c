import * as v from 'valibot';
import type { PlanDay } from './calendar';
import { type Category, categories } from './content-types';
import { type Network, networks } from './networks';

/**
 * An idea or a saved draft the user pinned to a day and a network of a brand's week ("Quiz du
 * mardi : quel croissant ?"). Kept until the user removes it; marking it done keeps it in the week.
 */
export const PlanItemSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  brandId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  /** `YYYY-MM-DD` in the brand's zone. */
  day: v.pipe(v.string(), v.isoDate()),
  network: v.picklist(networks),
  text: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(10_000)),
  category: v.optional(v.picklist(categories)),
  /** Where the text came from: typed as an idea, or taken from a saved draft. */
  source: v.picklist(['idea', 'draft']),
  done: v.boolean(),
  createdAt: v.pipe(v.number(), v.finite()),
});
export type PlanItem = v.InferOutput<typeof PlanItemSchema>;

/** A pinned item as the week shows it: over the network's limit or not. */
export type PlannedItem = PlanItem & { over?: { count: number; max: number } };

/** What the cadence allows on one network on one day, and what is already logged there. */
export interface NetworkSlots {
  network: Network;
  /** Posts the cadence allows that day (cap, gap and quiet hours within the day's real length). */
  slots: number;
  /** When each slot opens (epoch ms), in order. */
  times: number[];
  posted: number;
  pinned: number;
}

/** One day of the week you can fill. */
export interface PlanWeekDay extends PlanDay {
  networks: NetworkSlots[];
  items: PlannedItem[];
  /** Nothing posted and nothing pinned. */
  gap: boolean;
}

export interface PlanWeek {
  brandId: string;
  zone: string;
  days: PlanWeekDay[];
  /** Categories still under target once the week's pinned items are counted, most needed first. */
  underTarget: { category: Category; gap: number }[];
}

/** An idea pinned for today on the panel's network, ready to insert. */
export interface PinnedIdea {
  id: string;
  text: string;
  category?: Category;
  over?: { count: number; max: number };
}

/** Starter prompts of a category the mix needs more of (question, testimonial, FAQ, news, promo). */
export interface StarterOffer {
  category: Category;
  prompts: string[];
}
