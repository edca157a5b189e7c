import type { Settings } from './settings-schema';
import { SETTINGS_VERSION } from './settings-schema';

/** The handbook's defaults (DESIGN.md, "Defaults"); every value is editable in the options. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    brands: [{ id: 'brand-1', name: 'My brand', accounts: {}, ownDomains: [] }],
    activeBrandId: 'brand-1',
    weekdayThemes: {
      monday: {
        hashtags: ['#MotivationMonday', '#MusicMonday'],
        idea: 'Start the week: a goal, a quote or a song.',
      },
      tuesday: {
        hashtags: ['#TipTuesday', '#TriviaTuesday', '#TreatTuesday'],
        idea: 'Share one practical tip.',
      },
      wednesday: {
        hashtags: ['#WackyWednesday', '#WisdomWednesday'],
        idea: 'Something light, or a lesson learned.',
      },
      thursday: {
        hashtags: ['#ThrowbackThursday', '#ThoughtfulThursday', '#ThankfulThursday'],
        idea: 'A look back, or thank someone.',
      },
      friday: {
        hashtags: ['#FollowFriday', '#TGIF', '#FridayFun'],
        idea: 'Recommend accounts worth following.',
      },
      saturday: {
        hashtags: ['#SelfieSaturday', '#SwagSaturday', '#SocialSaturday'],
        idea: 'Faces behind the brand, or your community.',
      },
      sunday: { hashtags: ['#SundayFunday', '#SelfieSunday'], idea: 'Something relaxed for the weekend.' },
    },
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
    localEvents: [],
    customDays: [],
    disabledRegions: [],
    recurringTasks: [],
    mastodonInstances: [],
    mastodonCharLimit: 500,
    draftExpiryDays: 7,
    retentionDays: 180,
    notifications: { dueSoon: true, overdue: true },
    deleteGuard: true,
    debugSelectors: false,
  };
}

/** The brand currently active, or the first one. */
export function activeBrand(settings: Settings) {
  return settings.brands.find((brand) => brand.id === settings.activeBrandId) ?? settings.brands[0];
}
