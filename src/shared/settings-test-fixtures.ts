import { type BrandSettings, defaultSettings } from './settings-defaults';
import type { Brand, Settings } from './settings-schema';

/**
 * Settings as version 2 wrote them, frozen: what a user of the first release has stored (everything
 * shared by all brands, one account per network, a template per policy line). Migration tests start
 * from here, never from today's defaults, which move on.
 */
export function v2Settings(): Record<string, unknown> {
  return {
    version: 2,
    brands: [
      {
        id: 'acme',
        name: 'Acme Coffee',
        accounts: { x: '@acme', mastodon: '@acme@fosstodon.org', vk: '' },
        ownDomains: ['acme.example'],
        language: 'fr',
      },
      { id: 'beans', name: 'Beans', accounts: {}, ownDomains: [] },
    ],
    activeBrandId: 'beans',
    weekdayThemes: {
      monday: { hashtags: ['#MotivationMonday', '#LundiMotivation'], idea: 'Start the week.' },
      tuesday: { hashtags: ['#TipTuesday'], idea: 'Share one practical tip.' },
      wednesday: { hashtags: ['#WisdomWednesday'], idea: 'A lesson learned.' },
      thursday: { hashtags: ['#ThrowbackThursday'], idea: 'A look back.' },
      friday: { hashtags: ['#FollowFriday'], idea: 'Recommend accounts.' },
      saturday: { hashtags: ['#SelfieSaturday'], idea: 'Faces behind the brand.' },
      sunday: { hashtags: ['#SundayFunday'], idea: 'Something relaxed.' },
    },
    mix: {
      windowDays: 21,
      tolerance: 5,
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
    cadence: Object.fromEntries(
      ['x', 'facebook', 'instagram', 'threads', 'linkedin', 'vk', 'mastodon', 'bluesky'].map((network) => [
        network,
        {
          dailyCap: 3,
          minGapMinutes: 90,
          quietHours: network === 'x' ? { from: '22:00', to: '07:00' } : null,
        },
      ]),
    ),
    linkPolicy: { external: 'avoid', allowedDomains: ['partner.example'] },
    businessHours: { days: [1, 2, 3, 4], open: '08:30', close: '17:00', timeZone: 'Europe/Paris' },
    answerDeadlineHours: 4,
    communicationPolicy: [
      { category: 'complaint', person: 'Support', deadlineHours: 2, template: 'Sorry, {name}: DM us.' },
      { category: 'question', person: 'Ana', deadlineHours: null, template: '' },
    ],
    localEvents: [{ id: 'e1', name: 'Street fair', start: '2026-06-01', end: '2026-06-02', place: 'Lyon' }],
    customDays: [{ id: 'c1', name: 'Shop birthday', date: '05-12', hashtag: '#ShopBirthday' }],
    disabledRegions: ['US'],
    recurringTasks: [{ id: 'mentions', label: 'Check mentions' }],
    mastodonInstances: ['https://fosstodon.org'],
    mastodonCharLimit: 500,
    draftExpiryDays: 7,
    retentionDays: 180,
    notifications: { dueSoon: true, overdue: false },
    deleteGuard: false,
    debugSelectors: false,
  };
}

/** Settings as version 1 wrote them: version 2 with one switch for all reminders. */
export function v1Settings(notifications: boolean): Record<string, unknown> {
  const { notifications: _dropped, ...v2 } = v2Settings();
  return { ...v2, version: 1, notifications };
}

/** Whole settings holding one brand's settings, as the background stores them. */
export function settingsOf(brand: BrandSettings): Settings {
  const defaults = defaultSettings();
  const { brandCount: _count, ...rest } = brand;
  const globals = Object.fromEntries(
    Object.keys(defaults)
      .filter((key) => key !== 'brands' && key !== 'activeBrandId' && key !== 'version')
      .map((key) => [key, rest[key as keyof typeof rest]]),
  );
  const own = Object.fromEntries(Object.entries(rest).filter(([key]) => !(key in globals))) as Brand;
  return { ...defaults, ...globals, brands: [own], activeBrandId: own.id };
}
