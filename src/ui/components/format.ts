import { type MessageKey, t, uiLanguage } from '../../shared/i18n';

/** Dates in the user's language and zone (Intl), e.g. "Thursday 26 November". */
export function formatLongDate(epoch: number, timeZone: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone,
  }).format(epoch);
}

/** A moment in the browser's zone, e.g. "26 nov. 2026, 14:05": when something was saved. */
export function formatDateTime(epoch: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(epoch);
}

export function formatTime(epoch: number, timeZone: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric', minute: '2-digit', timeZone }).format(
    epoch,
  );
}

/** A wall-clock time as the settings store it (`HH:MM`), in the UI language: "22:00", "10:00 PM". */
export function formatClock(clock: string): string {
  const [hour, minute] = clock.split(':').map(Number);
  return formatTime(Date.UTC(2000, 0, 1, hour, minute), 'UTC');
}

interface DurationFormatter {
  format(duration: { days?: number; hours?: number; minutes?: number }): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: 'short' }) => DurationFormatter;

let durations: { language: string; formatter: DurationFormatter | undefined } | undefined;

/** Intl.DurationFormat (Chromium 129, Firefox 136); older engines get the catalogue's units. */
function durationFormat(): DurationFormatter | undefined {
  const language = uiLanguage();
  if (durations?.language !== language) {
    const DurationFormat = (Intl as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
    durations = { language, formatter: DurationFormat && new DurationFormat(language, { style: 'short' }) };
  }
  return durations.formatter;
}

/**
 * A length of time in minutes, in the UI language: "45 min", "1 h 20 min", "3 days" (from two days
 * on, hours are noise). Intl.DurationFormat where the engine has it, the catalogue's units otherwise.
 */
export function formatDuration(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const intl = durationFormat();
  // Zero minutes must still say "0 min", which DurationFormat would leave empty.
  const format = (
    parts: { days?: number; hours?: number; minutes?: number },
    key: MessageKey,
    params: number[],
  ) => (intl && whole > 0 ? intl.format(parts) : t(key, params));
  if (whole >= 48 * 60) {
    const days = Math.floor(whole / 1440);
    return format({ days }, 'durationDays', [days]);
  }
  if (whole >= 60) {
    const [hours, rest] = [Math.floor(whole / 60), whole % 60];
    return format({ hours, minutes: rest }, 'durationHours', [hours, rest]);
  }
  return format({ minutes: whole }, 'durationMinutes', [whole]);
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
