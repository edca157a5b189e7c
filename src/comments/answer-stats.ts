import type { AnswerTimeStats, CommentRecord } from '../shared/comment';
import { type BusinessHours, businessMinutesBetween } from './business-hours';
import { answerTime } from './status';

/**
 * Answer times in business minutes: the target ("answer within 6 hours") is counted in business
 * hours, so a comment written on Friday evening and answered on Monday at 9:30 took 30 minutes, not
 * 63 hours. Compare the result with `answerDeadlineHours * 60`. Comments already answered when first
 * seen are left out (see `answerTime`).
 */
export function answerTimeStatsOf(comments: readonly CommentRecord[], hours: BusinessHours): AnswerTimeStats {
  const minutes = comments
    .filter((comment) => answerTime(comment) !== undefined)
    .map((comment) => businessMinutesBetween(comment.writtenAt, comment.statusChangedAt, hours))
    .sort((a, b) => a - b);
  if (minutes.length === 0) return { count: 0, averageMinutes: null, medianMinutes: null };
  const middle = Math.floor(minutes.length / 2);
  return {
    count: minutes.length,
    averageMinutes: minutes.reduce((sum, value) => sum + value, 0) / minutes.length,
    medianMinutes: minutes.length % 2 ? minutes[middle] : (minutes[middle - 1] + minutes[middle]) / 2,
  };
}
