import { uiLanguage } from '../../shared/i18n';

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
