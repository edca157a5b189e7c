import * as v from 'valibot';
import { policyFor } from '../../comments/deadline';
import type { CommentEvent } from '../../comments/status';
import { SeenCommentSchema } from '../../shared/comment';
import { settingsFor } from '../../shared/settings-defaults';
import {
  answerTimeStats,
  awaitingOnPage,
  awaitingSummary,
  getComment,
  markComment,
  upsertComments,
} from '../../store/comments-repo';
import { readSettings } from '../../store/settings-repo';
import { answerOffers } from '../answer-offers';
import { assertOwnPage } from '../router';
import type { DomainHandlers, HandlerContext } from './context';

const statusEvents: Record<'answered' | 'no-reply-needed' | 'awaiting', (reason?: string) => CommentEvent> = {
  answered: () => ({ type: 'mark-answered' }),
  'no-reply-needed': (reason) => ({ type: 'mark-no-reply-needed', ...(reason ? { reason } : {}) }),
  awaiting: () => ({ type: 'reopen' }),
};

/** The comments awaiting an answer: what pages saw, a page's own list, the user's marks, the summary. */
export function commentsHandlers(
  context: HandlerContext,
): DomainHandlers<'comments.seen' | 'comments.page' | 'comments.mark' | 'comments.summary'> {
  const { now } = context;
  return {
    'comments.seen': async ({ pageUrl, brandId, comments }, sender) => {
      assertOwnPage(sender, pageUrl);
      // Each item on its own: a malformed one (or one from another page) is dropped and counted.
      const valid = comments.flatMap((item) => {
        const parsed = v.safeParse(SeenCommentSchema, item);
        if (!parsed.success) return [];
        try {
          assertOwnPage(sender, parsed.output.pageUrl);
          return [parsed.output];
        } catch {
          return [];
        }
      });
      const all = await readSettings();
      const brand = settingsFor(all, brandId);
      const result = await upsertComments(valid, brand, now(), brand.id);
      if (result.added || result.updated) context.commentsChanged();
      return { ...result, rejected: comments.length - valid.length };
    },
    'comments.page': async ({ pageUrl, brandId }, sender) => {
      assertOwnPage(sender, pageUrl);
      const settings = settingsFor(await readSettings(), brandId);
      const [onPage, summary] = await Promise.all([
        awaitingOnPage(pageUrl, settings.id),
        awaitingSummary(now(), settings.id),
      ]);
      return {
        items: onPage.map((comment) => {
          const policy = comment.category ? policyFor(comment.category, settings) : undefined;
          const answers = answerOffers(comment, settings);
          return {
            id: comment.id,
            author: comment.author,
            excerpt: comment.excerpt,
            dueAt: comment.dueAt,
            pageUrl: comment.pageUrl,
            ...(comment.category ? { category: comment.category } : {}),
            ...(policy?.person ? { person: policy.person } : {}),
            ...(answers.length ? { answers } : {}),
          };
        }),
        awaitingElsewhere: Math.max(0, summary.awaiting - onPage.length),
      };
    },
    'comments.mark': async ({ id, status, reason }, sender) => {
      const before = await getComment(id);
      if (before) assertOwnPage(sender, before.pageUrl);
      const after = await markComment(id, statusEvents[status](reason), now());
      const changed = Boolean(
        before && after && (before.status !== after.status || before.reason !== after.reason),
      );
      if (changed) context.commentsChanged();
      return { changed };
    },
    'comments.summary': async ({ allBrands }) => {
      const at = now();
      const settings = settingsFor(await readSettings());
      const [summary, week, month] = await Promise.all([
        awaitingSummary(at, allBrands ? undefined : settings.id),
        answerTimeStats(at, 7, settings.businessHours),
        answerTimeStats(at, 30, settings.businessHours),
      ]);
      return { summary, answerTimes: { week, month }, targetMinutes: settings.answerDeadlineHours * 60 };
    },
  };
}
