import { addBusinessHours, isWithinBusinessHours } from '../comments/business-hours';
import type { AwaitingSummary, CommentRecord } from '../shared/comment';
import { type MessageKey, t } from '../shared/i18n';
import { networkNames } from '../shared/networks';
import { settingsFor } from '../shared/settings-defaults';
import type { Settings } from '../shared/settings-schema';
import { DAY } from '../shared/time';

/**
 * The background's reminders: the toolbar badge and the "answer soon" / "overdue" notifications.
 * Everything it touches comes through `deps`, so it runs the same under `browser.alarms` and in a
 * unit test. Nothing is kept in memory between runs (the service worker can stop at any moment):
 * which notifications were sent lives in one pref.
 */
export interface ReminderDeps {
  readSettings(): Promise<Settings>;
  awaitingSummary(now: number, brandId?: string): Promise<AwaitingSummary>;
  /** Awaiting comments with `from <= dueAt <= until`, the latest `limit` of them, soonest first. */
  awaitingDueBetween(from: number, until: number, limit?: number): Promise<CommentRecord[]>;
  readPref<T>(key: string, fallback: T): Promise<T>;
  writePref(key: string, value: unknown): Promise<void>;
  setBadge(badge: Badge): Promise<void> | void;
  notify(notification: ReminderNotification): Promise<void> | void;
}

export interface Badge {
  text: string;
  color: string;
}

export interface ReminderNotification {
  /** `smm-comment:<kind>:<comment id>`, or `smm-comments:<kind>` for a grouped one. */
  id: string;
  title: string;
  message: string;
}

export type ReminderKind = 'due-soon' | 'overdue';

/** For the lead's wiring: check every minute, and once when the worker starts. */
export const reminderAlarm = { name: 'smm-reminders', periodInMinutes: 1 } as const;

export const OVERDUE_COLOR = '#d93025';
export const CALM_COLOR = '#1a73e8';
/** Pref holding `{ "<kind>:<comment id>": dueAt }` for every notification already sent. */
export const NOTIFIED_PREF = 'reminders.notified';

/** Deadlines passed longer ago than this are not announced (the red badge still counts them). */
const LOOKBACK = 7 * DAY;
/** More than this many at once (a backlog after a weekend or an install) become one grouped notification. */
const MAX_INDIVIDUAL = 3;
const CANDIDATE_LIMIT = 200;
const EXCERPT_LENGTH = 100;
const SINGLE_PREFIX = 'smm-comment:';
const GROUP_PREFIX = 'smm-comments:';

/** Badge: the number awaiting ('' for none, '999+' beyond what fits), red when any is overdue. */
export function badgeFor(summary: Pick<AwaitingSummary, 'awaiting' | 'overdue'>): Badge {
  const text = summary.awaiting === 0 ? '' : summary.awaiting > 999 ? '999+' : String(summary.awaiting);
  return { text, color: summary.overdue > 0 ? OVERDUE_COLOR : CALM_COLOR };
}

/** The comment a notification is about, for the click handler to open its `pageUrl`; undefined for grouped ones. */
export function commentIdFromNotification(notificationId: string): string | undefined {
  if (!notificationId.startsWith(SINGLE_PREFIX)) return undefined;
  const rest = notificationId.slice(SINGLE_PREFIX.length);
  const separator = rest.indexOf(':');
  const id = separator < 0 ? '' : rest.slice(separator + 1);
  return id || undefined;
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat;
}

const titles: Record<ReminderKind, { one: MessageKey; many: MessageKey }> = {
  'due-soon': { one: 'reminderDueSoonTitle', many: 'reminderDueSoonManyTitle' },
  overdue: { one: 'reminderOverdueTitle', many: 'reminderOverdueManyTitle' },
};

function notificationsFor(kind: ReminderKind, comments: readonly CommentRecord[]): ReminderNotification[] {
  if (comments.length > MAX_INDIVIDUAL) {
    return [
      {
        id: `${GROUP_PREFIX}${kind}`,
        title: t(titles[kind].many, [comments.length]),
        message: t('reminderManyMessage'),
      },
    ];
  }
  return comments.map((comment) => ({
    id: `${SINGLE_PREFIX}${kind}:${comment.id}`,
    title: t(titles[kind].one),
    message: t('reminderCommentMessage', [
      comment.author,
      networkNames[comment.network],
      excerptOf(comment.excerpt),
    ]),
  }));
}

export interface ReminderRun {
  badge: Badge;
  /** Ids of the notifications sent by this run. */
  sent: string[];
}

let running: Promise<unknown> = Promise.resolve();

/**
 * Updates the badge, then, while the brand is open, announces each awaiting comment once when it
 * comes within one business hour of its deadline and once when it passes it, each kind only if it is
 * switched on in `settings.notifications`.
 * Runs one at a time (an alarm and the worker's start can coincide), so none is announced twice.
 */
export function checkReminders(deps: ReminderDeps, now: number): Promise<ReminderRun> {
  const run = running.then(() => runCheck(deps, now));
  running = run.catch(() => undefined);
  return run;
}

async function runCheck(deps: ReminderDeps, now: number): Promise<ReminderRun> {
  const settings = settingsFor(await deps.readSettings());
  // The badge counts the active brand's comments, as the popup and the panel do.
  const summary = await deps.awaitingSummary(now, settings.id);
  const badge = badgeFor(summary);
  await deps.setBadge(badge);
  const sent: string[] = [];
  // Outside business hours nothing is marked either: the reminders wait for the next opening.
  const enabled: Record<ReminderKind, boolean> = {
    'due-soon': settings.notifications.dueSoon,
    overdue: settings.notifications.overdue,
  };
  const anyEnabled = enabled['due-soon'] || enabled.overdue;
  if (!anyEnabled || !isWithinBusinessHours(now, settings.businessHours)) return { badge, sent };

  const soonUntil = addBusinessHours(now, 1, settings.businessHours);
  const candidates = await deps.awaitingDueBetween(now - LOOKBACK, soonUntil, CANDIDATE_LIMIT);
  const stored = await deps.readPref<Record<string, number>>(NOTIFIED_PREF, {});
  // Entries for deadlines before the lookback can never be candidates again: dropping them bounds the pref.
  const notified = Object.fromEntries(Object.entries(stored).filter(([, dueAt]) => dueAt >= now - LOOKBACK));
  let changed = Object.keys(notified).length !== Object.keys(stored).length;

  const pending: Record<ReminderKind, CommentRecord[]> = { overdue: [], 'due-soon': [] };
  for (const comment of candidates) {
    // Same boundary as the summary's overdue count, so badge and notification agree.
    const kind: ReminderKind = comment.dueAt < now ? 'overdue' : 'due-soon';
    // A kind switched off is not marked either: switched back on, it announces what is still pending.
    if (enabled[kind] && !(`${kind}:${comment.id}` in notified)) pending[kind].push(comment);
  }
  for (const kind of ['overdue', 'due-soon'] as const) {
    if (pending[kind].length === 0) continue;
    for (const notification of notificationsFor(kind, pending[kind])) {
      try {
        await deps.notify(notification);
      } catch {
        // Not marked: the next run tries again.
        continue;
      }
      sent.push(notification.id);
      const covered = notification.id.startsWith(GROUP_PREFIX)
        ? pending[kind]
        : pending[kind].filter((comment) => notification.id === `${SINGLE_PREFIX}${kind}:${comment.id}`);
      for (const comment of covered) notified[`${kind}:${comment.id}`] = comment.dueAt;
      changed = true;
    }
  }
  if (changed) await deps.writePref(NOTIFIED_PREF, notified);
  return { badge, sent };
}
