import type { CalendarPlace } from '../calendar/calendar-days';
import type { Lang } from '../shared/calendar';
import { uiLanguage } from '../shared/i18n';
import { type BrandSettings, ourLanguage } from '../shared/settings-defaults';

/** The language of the brand's days, themes and starters: its own, else the browser's we speak. */
export function languageOf(settings: BrandSettings): Lang {
  return settings.language ?? ourLanguage(uiLanguage()) ?? 'en';
}

/**
 * Where the brand is, for its holidays and which countries' unusual days it sees: its country,
 * else the one the browser's language points to (`fr-BE` → BE, `fr` → FR).
 */
export function placeOf(settings: BrandSettings): CalendarPlace | undefined {
  const country = settings.country ?? browserCountry();
  if (!country) return undefined;
  return { country, regions: settings.regions, enabledRegions: settings.enabledRegions };
}

function browserCountry(): string | undefined {
  try {
    return new Intl.Locale(uiLanguage()).maximize().region;
  } catch {
    return undefined;
  }
}
