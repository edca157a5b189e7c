import { t, uiLanguage } from '../../shared/i18n';

/** Dates in the user's language and zone (Intl), e.g. "Thursday 26 November". */
export function formatLongDate(epoch: number, timeZone: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  }).format(epoch);
}

export function formatTime(epoch: number, timeZone: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric', minute: '2-digit', timeZone }).format(
    epoch,
  );
}

/** A length of time in minutes, as "1 h 20 min" or "45 min". */
export function formatDuration(minutes: number): string {
  const whole = Math.round(minutes);
  return whole >= 60
    ? t('durationHours', [Math.floor(whole / 60), whole % 60])
    : t('durationMinutes', [whole]);
}

/** A `YYYY-MM-DD` key as a short date, e.g. "Mon 26 Nov" (UTC, so no zone can shift the day). */
export function formatDayKey(key: string, options: Intl.DateTimeFormatOptions = {}): string {
  const [year, month, day] = key.split('-').map(Number);
  return new Intl.DateTimeFormat(uiLanguage(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
    ...options,
  }).format(Date.UTC(year, month - 1, day));
}
