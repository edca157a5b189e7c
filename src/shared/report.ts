import type { CommentCategory } from './comment';
import type { Category, Format } from './content-types';
import type { Network } from './networks';

/**
 * The report of a week or a month, per brand or for all brands: what was posted against the plan,
 * and how fast comments were answered against the deadline. Computed by the background from the
 * log and the tracked comments; the options page and the popup only draw it.
 */

export type ReportPeriod = 'week' | 'month';

/** Posts of one day, counted per network. */
export interface ReportDay {
  day: string;
  counts: Partial<Record<Network, number>>;
}

/** One network's posting over the period against its cadence. */
export interface ReportNetworkPosts {
  network: Network;
  posts: number;
  /** The daily cap of the plan (summed over brands in the all-brands report). */
  dailyCap: number;
  /** Days on which the network had more posts than its cap. */
  daysOverCap: number;
}

/** One content type's share of the period's posts against its target, both in percent. */
export interface ReportShare<K extends string> {
  key: K;
  count: number;
  share: number;
  target: number;
}

/** How fast one group of comments (a network, a category, a person) was answered. */
export interface ReportAnswerGroup<K extends string = string> {
  key: K;
  /** Comments of the group written in the period. */
  written: number;
  /** Of those, answered with a known answer time. */
  answered: number;
  /** Median answer time in business minutes; null when none was answered. */
  medianMinutes: number | null;
  /** Share (0–1) of the answered ones answered by their deadline; null when none was answered. */
  withinDeadline: number | null;
}

/** Comments still owed an answer: past their deadline, or so old they are set aside as stale. */
export interface ReportBacklog {
  overdue: number;
  stale: number;
  /** Answered in the period, but after their deadline. */
  answeredLate: number;
  byNetwork: Partial<Record<Network, { overdue: number; stale: number }>>;
}

export interface Report {
  /** Null for all brands. */
  brandId: string | null;
  period: ReportPeriod;
  /** First and last day of the period, `YYYY-MM-DD` in the report's zone. */
  from: string;
  to: string;
  zone: string;
  days: ReportDay[];
  networks: ReportNetworkPosts[];
  /** The daily caps of the networks shown, summed: the line the posts chart draws. */
  dailyCap: number;
  mix: { total: number; formats: ReportShare<Format>[]; categories: ReportShare<Category>[] };
  answers: {
    /** The default deadline in business minutes (a policy line may set its own per category). */
    deadlineMinutes: number;
    all: ReportAnswerGroup<'all'>;
    byNetwork: ReportAnswerGroup<Network>[];
    byCategory: ReportAnswerGroup<CommentCategory | 'none'>[];
    /** Per person of the communication policy; `''` gathers categories no one is named for. */
    byPerson: ReportAnswerGroup<string>[];
    /**
     * Comments don't record who answered: each is put on the person the policy names for its
     * category, which the page says.
     */
    personByPolicy: true;
  };
  backlog: ReportBacklog;
}
