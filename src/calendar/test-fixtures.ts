import publicEn from '../../public/_locales/en/messages.json';
import calendarEn from '../../public/_locales/en/messages.json';
import { registerCatalogue } from '../shared/i18n';
import type { PostRecord } from '../shared/post';
import type { BrandSettings } from '../shared/settings-defaults';
import { defaultSettings, settingsFor } from '../shared/settings-defaults';
import { computeHolidayYear } from './holiday-compute';
import { computeMissingHolidayYears } from './holidays';

/** Shared by the calendar's unit tests: settings in a given zone, log entries, real messages. */

registerCatalogue({ ...publicEn, ...calendarEn } as Record<string, { message: string }>);
// Node can load date-holidays: the calendar's tests compute a place's holidays on demand.
computeMissingHolidayYears(computeHolidayYear);

export function settingsIn(zone: string, patch: Partial<BrandSettings> = {}): BrandSettings {
  const settings = settingsFor(defaultSettings());
  return { ...settings, ...patch, businessHours: { ...settings.businessHours, timeZone: zone } };
}

let postCount = 0;

export function post(publishedAt: string | number, patch: Partial<PostRecord> = {}): PostRecord {
  postCount += 1;
  return {
    id: `post-${postCount}`,
    network: 'x',
    brandId: 'brand-1',
    publishedAt: typeof publishedAt === 'number' ? publishedAt : Date.parse(publishedAt),
    format: 'text',
    hashtags: [],
    links: [],
    excerpt: '',
    source: 'manual',
    ...patch,
  };
}

export const at = (iso: string) => Date.parse(iso);
