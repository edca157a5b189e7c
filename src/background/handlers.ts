import { policyFor } from '../comments/deadline';
import type { CommentEvent } from '../comments/status';
import { settingsFor } from '../shared/settings-defaults';
import { DAY } from '../shared/time';
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
import { adviseDraft, publishedFacts } from './advice';
import type { ScriptingDeps } from './mastodon';
import { pageContext } from './page-context';
import { createPageHandlers } from './page-handlers';
import { assertOwnPage, type Handlers } from './router';
import { createSettingsHandlers } from './settings-handlers';

const statusEvents: Record<'answered' | 'no-reply-needed' | 'awaiting', (reason?: string) => CommentEvent> = {
  answered: () => ({ type: 'mark-answered' }),
  'no-reply-needed': (reason) => ({ type: 'mark-no-reply-needed', ...(reason ? { reason } : {}) }),
  awaiting: () => ({ type: 'reopen' }),
};

/** What the worker does after a change: refresh the badge, tell open tabs. */
export interface HandlerEvents {
  commentsChanged?: () => void;
  settingsChanged?: () => void;
}

/** What the background answers to each request; all state lives in IndexedDB. */
export function createHandlers(
  version: string,
  now: () => number = Date.now,
  events: HandlerEvents = {},
  scripting?: ScriptingDeps,
): Handlers {
  const onCommentsChanged = () => events.commentsChanged?.();
  const onSettingsChanged = () => events.settingsChanged?.();
  return {
    ...createPageHandlers(
      now,
      { commentsChanged: onCommentsChanged, settingsChanged: onSettingsChanged },
      scripting,
    ),
    ...createSettingsHandlers(
      now,
      { commentsChanged: onCommentsChanged, settingsChanged: onSettingsChanged },
      scripting,
    ),
    ping: async () => ({ pong: true, version }),
    'settings.get': () => readSettings(),
    'settings.save': async ({ settings }) => {
      const result = await saveSettings(settings, now());
      if (result.ok) {
        onCommentsChanged();
        onSettingsChanged();
      }
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
    'posts.published': async ({ draft, category, brandId, publishedAt }, sender) => {
      const brand = settingsFor(await readSettings(), brandId);
      return logPost({
        id: `${draft.network}:${publishedAt}:${hashOf(draft.text)}`,
        network: draft.network,
        brandId: brand.id,
        publishedAt,
        ...(await publishedFacts(draft, {
          now: publishedAt,
          brandId: brand.id,
          ...(category ? { category } : {}),
        })),
        excerpt: draft.text.slice(0, 280),
        source: sender.fromExtension ? 'manual' : 'page',
      });
    },
    'posts.since': ({ since, network }) => postsSince(since, network),
    'drafts.save': async (draft, sender) => {
      assertOwnPage(sender, draft.pageUrl);
      assertOwnPage(sender, pageOfDraftKey(draft.key));
      await saveDraft({ ...draft, savedAt: now() });
      return { saved: true };
    },
    'drafts.get': async ({ key }, sender) => {
      assertOwnPage(sender, pageOfDraftKey(key));
      const settings = await readSettings();
      const draft = await readDraft(key, now(), settings.draftExpiryDays * DAY);
      return draft ? { text: draft.text, savedAt: draft.savedAt } : null;
    },
    'drafts.clear': async ({ key }, sender) => {
      assertOwnPage(sender, pageOfDraftKey(key));
      await clearDraft(key);
      return { cleared: true };
    },
    'page.context': async (_payload, sender) => pageContext(await readSettings(), sender.url),
    'advice.request': ({ draft, category, brandId, now: pageNow }) =>
      adviseDraft(draft, {
        now: pageNow ?? now(),
        ...(brandId ? { brandId } : {}),
        ...(category ? { category } : {}),
      }),
    'comments.seen': async ({ pageUrl, comments }, sender) => {
      assertOwnPage(sender, pageUrl);
      for (const comment of comments) assertOwnPage(sender, comment.pageUrl);
      const settings = settingsFor(await readSettings());
      const result = await upsertComments(comments, settings, now());
      if (result.added || result.updated) onCommentsChanged();
      return result;
    },
    'comments.page': async ({ pageUrl }, sender) => {
      assertOwnPage(sender, pageUrl);
      const settings = settingsFor(await readSettings());
      const [onPage, summary] = await Promise.all([awaitingOnPage(pageUrl), awaitingSummary(now())]);
      return {
        items: onPage.map((comment) => {
          const policy = comment.category ? policyFor(comment.category, settings) : undefined;
          const answer = settings.answers.find((candidate) => candidate.category === comment.category);
          return {
            id: comment.id,
            author: comment.author,
            excerpt: comment.excerpt,
            dueAt: comment.dueAt,
            pageUrl: comment.pageUrl,
            ...(comment.category ? { category: comment.category } : {}),
            ...(policy?.person ? { person: policy.person } : {}),
            ...(answer ? { template: answer.text } : {}),
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
      if (changed) onCommentsChanged();
      return { changed };
    },
    'comments.summary': async () => {
      const at = now();
      const settings = settingsFor(await readSettings());
      const [summary, week, month] = await Promise.all([
        awaitingSummary(at),
        answerTimeStats(at, 7, settings.businessHours),
        answerTimeStats(at, 30, settings.businessHours),
      ]);
      return { summary, answerTimes: { week, month }, targetMinutes: settings.answerDeadlineHours * 60 };
    },
  };
}

/** The page a draft key names (`network:kind:` then the page's origin and path). */
function pageOfDraftKey(key: string): string {
  return key.slice(key.indexOf(':', key.indexOf(':') + 1) + 1);
}

/** A short stable fingerprint of a text, so the same post logged twice has the same id. */
function hashOf(text: string): string {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(36);
}
