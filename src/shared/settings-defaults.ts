import type { Brand, Settings } from './settings-schema';
import { SETTINGS_VERSION } from './settings-schema';
import { themesFor } from './theme-sets';

/** The language a brand is given when created: one of ours, from a browser language tag. */
export type BrandLanguage = NonNullable<Brand['language']>;

/**
 * A new brand with the handbook's defaults (docs/ARCHITECTURE.md, "Defaults"), in its language: the weekday
 * themes of that language, the rest the same everywhere. Every value is editable in the options.
 */
export function defaultBrand(
  id = 'brand-1',
  name = 'My brand',
  place: { language?: BrandLanguage; country?: string } = {},
): Brand {
  return {
    id,
    name,
    accounts: {},
    ownDomains: [],
    ...(place.language ? { language: place.language } : {}),
    ...(place.country ? { country: place.country } : {}),
    regions: [],
    weekdayThemes: themesFor(place.language ?? 'en'),
    mix: {
      windowDays: 14,
      tolerance: 10,
      formats: { text: 20, image: 35, video: 25, audio: 5, link: 10, poll: 5 },
      categories: {
        theme: 15,
        question: 15,
        curated: 10,
        'local-event': 10,
        testimonial: 10,
        faq: 10,
        news: 10,
        promo: 10,
        holiday: 5,
        contest: 5,
      },
    },
    cadence: {
      x: { dailyCap: 5, minGapMinutes: 60, quietHours: null },
      facebook: { dailyCap: 2, minGapMinutes: 240, quietHours: null },
      instagram: { dailyCap: 1, minGapMinutes: 720, quietHours: null },
      threads: { dailyCap: 3, minGapMinutes: 120, quietHours: null },
      linkedin: { dailyCap: 2, minGapMinutes: 240, quietHours: null },
      vk: { dailyCap: 3, minGapMinutes: 180, quietHours: null },
      mastodon: { dailyCap: 5, minGapMinutes: 60, quietHours: null },
      bluesky: { dailyCap: 5, minGapMinutes: 60, quietHours: null },
    },
    linkPolicy: { external: 'warn', allowedDomains: [] },
    businessHours: { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', timeZone: '' },
    answerDeadlineHours: 6,
    communicationPolicy: [],
    answers: [],
    starters: {},
    localEvents: [],
    customDays: [],
    disabledRegions: [],
    enabledRegions: [],
    recurringTasks: [],
  };
}

/** The first brand's name until the user names it: like its themes, written in its language. */
const firstBrandName: Record<BrandLanguage, string> = { en: 'My brand', fr: 'Ma marque', ru: 'Мой бренд' };

/** The extension's settings on first start: one brand, in the browser's language when we speak it. */
export function defaultSettings(browserLanguage?: string): Settings {
  const language = ourLanguage(browserLanguage);
  return {
    version: SETTINGS_VERSION,
    brands: [defaultBrand('brand-1', firstBrandName[language ?? 'en'], language ? { language } : {})],
    activeBrandId: 'brand-1',
    mastodonInstances: [],
    mastodonCharLimit: 500,
    draftExpiryDays: 7,
    retentionDays: 180,
    staleAfterDays: 30,
    notifications: { dueSoon: true, overdue: true },
    deleteGuard: true,
    debugSelectors: false,
  };
}

/** `fr-CA` → `fr`; a language we have no themes and texts for → undefined. */
export function ourLanguage(tag: string | undefined): BrandLanguage | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'fr' || primary === 'ru' ? primary : undefined;
}

/** The brand currently active, or the first one. */
export function activeBrand(settings: Settings): Brand {
  return settings.brands.find((brand) => brand.id === settings.activeBrandId) ?? settings.brands[0];
}

/**
 * The settings as they apply to one brand: its own plan (themes, mix, cadence, policy, calendar…)
 * beside the extension-wide switches. What the rules, the calendar and the comment tracking read.
 */
export type BrandSettings = Brand &
  Omit<Settings, 'version' | 'brands' | 'activeBrandId'> & {
    /** How many brands the user runs (a single brand owns every logged post, whatever its id). */
    brandCount: number;
  };

/** The settings for `brandId` (the active brand when absent or unknown). */
export function settingsFor(settings: Settings, brandId?: string): BrandSettings {
  const { version: _version, brands, activeBrandId: _active, ...global } = settings;
  const brand = (brandId && brands.find((candidate) => candidate.id === brandId)) || activeBrand(settings);
  return { ...global, ...brand, brandCount: brands.length };
}
