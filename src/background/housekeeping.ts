import { DAY, HOUR } from '../shared/time';
import { capComments, markStale } from '../store/comments-bounds';
import { pruneClosed } from '../store/comments-repo';
import { pruneDrafts } from '../store/drafts-repo';
import { prunePrefs, readPref, writePref } from '../store/prefs-repo';
import { readSettingsState } from '../store/settings-repo';
import { staleHolidayKey } from './holiday-years';

const LAST_RUN = 'housekeeping.lastRun';

/**
 * At most once an hour: awaiting comments older than `staleAfterDays` become stale (no longer
 * counted or notified); closed and stale comments past the retention setting and drafts past their
 * expiry are deleted, and holiday years no longer of use; above the hard cap the oldest comments go. Nothing is
 * deleted while the stored settings are damaged: the retention read from them may be a repair's
 * default, not the user's.
 */
export async function housekeeping(
  now: number,
): Promise<{ comments: number; drafts: number; stale: number } | null> {
  const last = await readPref<number>(LAST_RUN, 0);
  if (now - last < HOUR) return null;
  const state = await readSettingsState(now);
  if (state.damaged) return null;
  await writePref(LAST_RUN, now);
  const { settings } = state;
  const stale = await markStale(now, settings.staleAfterDays);
  const comments = (await pruneClosed(now, settings.retentionDays)) + (await capComments());
  const drafts = await pruneDrafts(now - settings.draftExpiryDays * DAY);
  const thisYear = new Date(now).getUTCFullYear();
  await prunePrefs((key) => staleHolidayKey(key, thisYear));
  return { comments, drafts, stale };
}
