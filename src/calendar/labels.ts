import { t, uiLanguage } from '../shared/i18n';
import type { LocalEvent } from '../shared/settings-schema';

/**
 * Words shown with suggestions. Dataset names carry their own translations and follow `lang`;
 * the sentences around them are i18n keys (messages.*.json), like every other string in the UI.
 */

/** The weekday's name in `locale`, e.g. "Monday", "lundi", "понедельник". */
export function weekdayName(key: string, locale: string): string {
  const [year, month, day] = key.split('-').map(Number);
  // Formatted in UTC from a UTC midnight, so the machine's zone cannot shift the day.
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/** "Thème du mardi": the weekday in the language of the sentence around it, the UI's. */
export function themeLabel(key: string): string {
  return t('calendarThemeLabel', [weekdayName(key, uiLanguage())]);
}

export function dayIdea(name: string): string {
  return t('calendarIdeaDay', [name]);
}

export function eventIdea(event: LocalEvent, daysUntil: number): string {
  if (daysUntil === 0) return t('calendarIdeaEventToday', [event.name]);
  if (daysUntil === 1) return t('calendarIdeaEventTomorrow', [event.name]);
  return t('calendarIdeaEventSoon', [event.name, daysUntil]);
}
