import { calendarHashtagsFor } from '../calendar/calendar-hashtags';
import { suggestionsFor } from '../calendar/suggestions';
import { policyFor } from '../comments/deadline';
import type { CommentEvent } from '../comments/status';
import {
  answerTimeStats,
  awaitingOnPage,
  awaitingSummary,
  getComment,
  markComment,
  upsertComments,
} from '../store/comments-repo';
import { clearDraft, readDraft, saveDraft } from '../store/drafts-repo';
import { logPost, postsSince } from '../store/posts-repo';
import { readPref, writePref } from '../store/prefs-repo';
import { readSettings, saveSettings } from '../store/settings-repo';
import type { ScriptingDeps } from './mastodon';
import { createPageHandlers, languageOf } from './page-handlers';
import type { Handlers } from './router';

const DAY = 86_400_000;

const statusEvents: Record<'answered' | 'no-reply-needed' | 'awaiting', (reason?: string) => CommentEvent> = {
  answered: () => ({ type: 'mark-answered' }),
  'no-reply-needed': (reason) => ({ type: 'mark-no-reply-needed', ...(reason ? { reason } : {}) }),
  awaiting: () => ({ type: 'reopen' }),
};

/**
 * What the background answers to each request; all state lives in IndexedDB. `onCommentsChanged`
 * lets the worker refresh the badge after a change.
 */
export function createHandlers(
  version: string,
  now: () => number = Date.now,
  onCommentsChanged: () => void = () => {},
  scripting?: ScriptingDeps,
): Handlers {
  return {
    ...createPageHandlers(now, onCommentsChanged, scripting),
    ping: async () => ({ pong: true, version }),
    'settings.get': () => readSettings(),
    'settings.save': async ({ settings }) => {
      const result = await saveSettings(settings, now());
      if (result.ok) onCommentsChanged();
      return result.ok
        ? { saved: true, settings: result.value }
        : { saved: false, problems: result.problems };
    },
    'prefs.get': async ({ key }) => ({ value: await readPref<unknown>(key, null) }),
    'prefs.set': async ({ key, value }) => {
      await writePref(key, value);
      return { saved: true };
    },
    'posts.log': ({ post }) => logPost(post),
    'posts.since': ({ since, network }) => postsSince(since, network),
    'drafts.save': async (draft) => {
      await saveDraft({ ...draft, savedAt: now() });
      return { saved: true };
    },
    'drafts.get': async ({ key }) => {
      const settings = await readSettings();
      const draft = await readDraft(key, now(), settings.draftExpiryDays * DAY);
      return draft ? { text: draft.text, savedAt: draft.savedAt } : null;
    },
    'drafts.clear': async ({ key }) => {
      await clearDraft(key);
      return { cleared: true };
    },
    'advice.context': async ({ now: pageNow }) => {
      const at = pageNow ?? now();
      const settings = await readSettings();
      const log = await postsSince(at - Math.max(settings.mix.windowDays, 14) * DAY);
      return {
        now: at,
        settings,
        log,
        calendarHashtags: calendarHashtagsFor(at, settings),
        suggestions: suggestionsFor(at, settings, log, languageOf(settings)),
      };
    },
    'comments.seen': async ({ comments }) => {
      const settings = await readSettings();
      const result = await upsertComments(comments, settings, now());
      if (result.added || result.updated) onCommentsChanged();
      return result;
    },
    'comments.page': async ({ pageUrl }) => {
      const settings = await readSettings();
      const [onPage, summary] = await Promise.all([awaitingOnPage(pageUrl), awaitingSummary(now())]);
      return {
        items: onPage.map((comment) => {
          const policy = comment.category ? policyFor(comment.category, settings) : undefined;
          return {
            id: comment.id,
            author: comment.author,
            excerpt: comment.excerpt,
            dueAt: comment.dueAt,
            pageUrl: comment.pageUrl,
            ...(comment.category ? { category: comment.category } : {}),
            ...(policy?.person ? { person: policy.person } : {}),
            ...(policy?.template ? { template: policy.template } : {}),
          };
        }),
        awaitingElsewhere: Math.max(0, summary.awaiting - onPage.length),
      };
    },
    'comments.mark': async ({ id, status, reason }) => {
      const before = await getComment(id);
      const after = await markComment(id, statusEvents[status](reason), now());
      const changed = Boolean(
        before && after && (before.status !== after.status || before.reason !== after.reason),
      );
      if (changed) onCommentsChanged();
      return { changed };
    },
    'comments.summary': async () => {
      const at = now();
      const settings = await readSettings();
      const [summary, week, month] = await Promise.all([
        awaitingSummary(at),
        answerTimeStats(at, 7, settings.businessHours),
        answerTimeStats(at, 30, settings.businessHours),
      ]);
      return { summary, answerTimes: { week, month }, targetMinutes: settings.answerDeadlineHours * 60 };
    },
  };
}
