/** What the charts draw: plain data, in the user's words, so any page can feed them. */

/** One day's posts, counted per series (network). */
export interface PostsDay {
  /** The day in full, as the description says it, e.g. "Mon 26 Nov". */
  label: string;
  /** Shorter, under the bar when room is tight, e.g. "Mon"; else the label. */
  tick?: string;
  counts: Record<string, number>;
}

export interface Series {
  id: string;
  label: string;
}

/** A share achieved against its planned share, both in percent. */
export interface MixItem {
  label: string;
  value: number;
  target?: number;
}

/** How fast comments were answered for one network, category or person. */
export interface AnswerTimeItem {
  label: string;
  /** Median answer time in minutes; null when nothing was answered. */
  medianMinutes: number | null;
  /** Share (0–1) answered within the deadline, when known. */
  withinDeadline?: number;
}

export const totalOf = (day: PostsDay): number => Object.values(day.counts).reduce((sum, n) => sum + n, 0);
