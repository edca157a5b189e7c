import type { CommentRecord, CommentStatus } from '../shared/comment';

/**
 * What can happen to a tracked comment. `seen-reply` comes from the page (a reply by the brand is
 * visible under it); the `mark-*` events and `reopen` come from the user.
 */
export type CommentEvent =
  | { type: 'seen-reply' }
  | { type: 'mark-answered' }
  | { type: 'mark-no-reply-needed'; reason?: string }
  | { type: 'reopen' }
  | { type: 'go-stale' };

export type CommentEventType = CommentEvent['type'];

/** Which events change a comment in each status; the UI offers only these. */
const allowed: Record<CommentStatus, readonly CommentEventType[]> = {
  awaiting: ['seen-reply', 'mark-answered', 'mark-no-reply-needed', 'go-stale'],
  // Too old to count; an answer seen or marked still closes it, and the user may take it up again.
  stale: ['seen-reply', 'mark-answered', 'mark-no-reply-needed', 'reopen'],
  answered: ['mark-no-reply-needed', 'reopen'],
  // The user said no reply is needed: a reply seen later doesn't overrule that decision.
  'no-reply-needed': ['mark-answered', 'mark-no-reply-needed', 'reopen'],
};

export function allowedEvents(status: CommentStatus): readonly CommentEventType[] {
  return allowed[status];
}

const MAX_REASON = 500;

function cleanReason(reason: string | undefined): string | undefined {
  const trimmed = reason?.trim().slice(0, MAX_REASON);
  return trimmed || undefined;
}

function withStatus(
  record: CommentRecord,
  status: CommentStatus,
  now: number,
  reason?: string,
): CommentRecord {
  const { reason: _dropped, ...rest } = record;
  return { ...rest, status, statusChangedAt: now, ...(reason ? { reason } : {}) };
}

/**
 * The record after `event`, as a new object. An event that doesn't apply (a reply seen under a
 * comment already closed, reopening an awaiting one…) returns the very same record, so callers can
 * skip the write with `next === record`. A status change stamps `statusChangedAt`; editing the
 * reason of a comment already marked "no reply needed" keeps its stamp, since its status didn't change.
 */
export function transition(record: CommentRecord, event: CommentEvent, now: number): CommentRecord {
  if (!allowed[record.status].includes(event.type)) return record;
  switch (event.type) {
    case 'seen-reply':
    case 'mark-answered':
      return withStatus(record, 'answered', now);
    case 'reopen':
      return withStatus(record, 'awaiting', now);
    case 'go-stale':
      return withStatus(record, 'stale', now);
    case 'mark-no-reply-needed': {
      const reason = cleanReason(event.reason);
      if (record.status !== 'no-reply-needed') return withStatus(record, 'no-reply-needed', now, reason);
      if (reason === record.reason) return record;
      return withStatus(record, 'no-reply-needed', record.statusChangedAt, reason);
    }
  }
}

/**
 * How long the brand took to answer, in wall milliseconds from writing to the answer being recorded
 * (the answer's own time isn't on the page; the scan that saw it, or the user's mark, stands in).
 * Undefined when not answered, or when the comment was already answered the first time the extension
 * saw it: then the answer could have come any time before, and counting it would skew the statistics.
 */
export function answerTime(record: CommentRecord): number | undefined {
  if (record.status !== 'answered' || record.statusChangedAt === record.firstSeenAt) return undefined;
  return Math.max(0, record.statusChangedAt - record.writtenAt);
}
