import type { CommentCategory } from '../shared/comment';
import type { BrandSettings } from '../shared/settings-defaults';
import type { PolicyLine } from '../shared/settings-schema';
import { addBusinessHours } from './business-hours';

/** The communication-policy line for a category (the first, if the user wrote several), if any. */
export function policyFor(
  category: CommentCategory | undefined,
  settings: BrandSettings,
): PolicyLine | undefined {
  if (!category) return undefined;
  return settings.communicationPolicy.find((line) => line.category === category);
}

/** The answer deadline for a category in business hours: the policy's own, else the default. */
export function deadlineHoursFor(category: CommentCategory | undefined, settings: BrandSettings): number {
  return policyFor(category, settings)?.deadlineHours ?? settings.answerDeadlineHours;
}

/** When a comment must be answered by: its deadline counted in business hours from when it was written. */
export function dueAtFor(
  comment: { writtenAt: number; category?: CommentCategory },
  settings: BrandSettings,
): number {
  return addBusinessHours(
    comment.writtenAt,
    deadlineHoursFor(comment.category, settings),
    settings.businessHours,
  );
}
