import { awaitingDueBetween, awaitingSummary } from '../store/comments-repo';
import { readPref, writePref } from '../store/prefs-repo';
import { readSettings } from '../store/settings-repo';
import type { ReminderDeps } from './reminders';

/**
 * The store half of `ReminderDeps`; the service worker adds the browser half:
 * `checkReminders({ ...storeReminderDeps, setBadge, notify }, Date.now())`.
 */
export const storeReminderDeps: Omit<ReminderDeps, 'setBadge' | 'notify'> = {
  readSettings,
  awaitingSummary,
  awaitingDueBetween,
  readPref,
  writePref,
};
