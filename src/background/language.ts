import type { Lang } from '../calendar/day';
import { uiLanguage } from '../shared/i18n';
import { activeBrand } from '../shared/settings-defaults';
import type { Settings } from '../shared/settings-schema';

/** The language of day names: the brand's, else the browser's when we have it, else English. */
export function languageOf(settings: Settings): Lang {
  const brand = activeBrand(settings).language;
  if (brand) return brand;
  const browser = uiLanguage().slice(0, 2);
  return browser === 'fr' || browser === 'ru' ? browser : 'en';
}
