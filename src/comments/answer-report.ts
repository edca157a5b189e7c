import { type CommentCategory, type CommentRecord, commentCategories } from '../shared/comment';
import { type Network, networks } from '../shared/networks';
import type { ReportAnswerGroup, ReportBacklog } from '../shared/report';
import type { BrandSettings } from '../shared/settings-defaults';
import { DAY } from '../shared/time';
import { businessMinutesBetween } from './business-hours';
import { policyFor } from './deadline';
import { answerTime } from './status';

/** The comments half of a report. */
export interface AnswerReport {
  all: ReportAnswerGroup<'all'>;
  byNetwork: ReportAnswerGroup<Network>[];
  byCategory: ReportAnswerGroup<CommentCategory | 'none'>[];
  byPerson: ReportAnswerGroup<string>[];
  backlog: ReportBacklog;
}

interface Judged {
  comment: CommentRecord;
  /** Business minutes to the answer, when the answer time is known. */
  minutes: number | undefined;
  person: string;
}

/**
 * How fast the comments written in [start, end) were answered, per network, per category and per
 * person of the communication policy, and which of them are still owed an answer at `now`.
 *
 * `brandOf` gives each comment's brand: its business hours count the minutes and its policy names
 * the person. Comments don't record who answered, so a comment is put on the person the policy
 * names for its category (`''` when none is named), and the page says so.
 *
 * A comment is answered "within the deadline" when its answer was recorded by its `dueAt`, which
 * already carries the category's own deadline. Stale: a `stale` status when the tracking records
 * one, else awaiting and written more than `staleAfterDays` before `now`; stale comments are not
 * counted as overdue (they were set aside).
 */
export function answerReport(
  comments: readonly CommentRecord[],
  brandOf: (comment: CommentRecord) => BrandSettings,
  start: number,
  end: number,
  now: number,
): AnswerReport {
  const judged: Judged[] = comments
    .filter((comment) => comment.writtenAt >= start && comment.writtenAt < end)
    .map((comment) => {
      const brand = brandOf(comment);
      return {
        comment,
        minutes:
          answerTime(comment) === undefined
            ? undefined
            : businessMinutesBetween(comment.writtenAt, comment.statusChangedAt, brand.businessHours),
        person: policyFor(comment.category, brand)?.person.trim() ?? '',
      };
    });

  const group = <K extends string>(key: K, members: Judged[]): ReportAnswerGroup<K> => {
    const answered = members.filter((member) => member.minutes !== undefined);
    const minutes = answered.map((member) => member.minutes as number).sort((a, b) => a - b);
    const onTime = answered.filter((member) => member.comment.statusChangedAt <= member.comment.dueAt);
    return {
      key,
      written: members.length,
      answered: answered.length,
      medianMinutes: median(minutes),
      withinDeadline: answered.length ? onTime.length / answered.length : null,
    };
  };
  const groupsBy = <K extends string>(keys: readonly K[], keyOf: (member: Judged) => K) =>
    keys
      .map((key) =>
        group(
          key,
          judged.filter((member) => keyOf(member) === key),
        ),
      )
      .filter((row) => row.written > 0);

  const people = [...new Set(judged.map((member) => member.person))].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b),
  );
  return {
    all: group('all', judged),
    byNetwork: groupsBy(networks, (member) => member.comment.network),
    byCategory: groupsBy(
      [...commentCategories, 'none'] as const,
      (member) => member.comment.category ?? 'none',
    ),
    byPerson: groupsBy(people, (member) => member.person),
    backlog: backlog(judged, brandOf, now),
  };
}

function backlog(judged: Judged[], brandOf: (comment: CommentRecord) => BrandSettings, now: number) {
  const result: ReportBacklog = { overdue: 0, stale: 0, answeredLate: 0, byNetwork: {} };
  for (const { comment, minutes } of judged) {
    if (minutes !== undefined && comment.statusChangedAt > comment.dueAt) result.answeredLate += 1;
    const status: string = comment.status;
    const stale =
      status === 'stale' ||
      (status === 'awaiting' && comment.writtenAt < now - brandOf(comment).staleAfterDays * DAY);
    const overdue = !stale && status === 'awaiting' && comment.dueAt < now;
    if (!stale && !overdue) continue;
    const row = result.byNetwork[comment.network] ?? { overdue: 0, stale: 0 };
    if (stale) {
      result.stale += 1;
      row.stale += 1;
    } else {
      result.overdue += 1;
      row.overdue += 1;
    }
    result.byNetwork[comment.network] = row;
  }
  return result;
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
