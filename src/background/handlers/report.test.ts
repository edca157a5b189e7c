import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import type { CommentRecord } from '../../shared/comment';
import type { Report } from '../../shared/report';
import { defaultBrand, defaultSettings } from '../../shared/settings-defaults';
import { DB_NAME, database, resetDatabaseConnection } from '../../store/db';
import { saveSettings } from '../../store/settings-repo';
import { dispatch } from '../router';
import { createHandlers } from './index';
import { testContext } from './test-context';

const NOW = Date.parse('2026-03-06T12:00:00Z');
const handlers = createHandlers(testContext('1', () => NOW));
const options = { url: 'chrome-extension://smm/src/ui/options/index.html', fromExtension: true };

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  const settings = defaultSettings('en');
  const utc = (brand: ReturnType<typeof defaultBrand>) => ({
    ...brand,
    businessHours: { ...brand.businessHours, timeZone: 'UTC' },
    communicationPolicy: [
      { category: 'question' as const, person: 'Alice', deadlineHours: null, guidance: '' },
    ],
  });
  settings.brands = [utc(defaultBrand('brand-1', 'Acme')), utc(defaultBrand('brand-2', 'Bolt'))];
  await saveSettings(settings);
  const db = await database();
  const post = (id: string, brandId: string, iso: string) => ({
    id,
    network: 'x' as const,
    brandId,
    publishedAt: Date.parse(iso),
    format: 'image' as const,
    hashtags: [],
    links: [],
    excerpt: id,
    source: 'manual' as const,
  });
  await db.put('posts', post('a', 'brand-1', '2026-03-02T10:00:00Z'));
  await db.put('posts', post('b', 'brand-2', '2026-03-03T10:00:00Z'));
  await db.put('posts', post('c', 'brand-1', '2026-02-20T10:00:00Z'));
  const written = Date.parse('2026-03-02T09:00:00Z');
  const comment: CommentRecord = {
    id: 'x:1',
    network: 'x',
    author: 'a',
    excerpt: 'where?',
    writtenAt: written,
    firstSeenAt: written,
    pageUrl: 'https://x.com/acme/status/1',
    status: 'answered',
    statusChangedAt: written + 90 * 60_000,
    category: 'question',
    dueAt: written + 6 * 3_600_000,
  };
  await db.put('comments', comment);
  await db.put('comments', { ...comment, id: 'x:old', writtenAt: written - 30 * 86_400_000 });
});

const report = async (payload: Record<string, unknown>) => {
  const response = await dispatch({ type: 'report.get', payload }, options, handlers);
  if (!response.ok) throw new Error(response.error.message);
  return response.data as Report;
};

test('a brand’s week holds its own posts; comments without a brand are the active brand’s', async () => {
  const acme = await report({ brandId: 'brand-1', period: 'week', day: '2026-03-04', now: NOW });
  expect([acme.from, acme.to, acme.mix.total]).toEqual(['2026-03-02', '2026-03-08', 1]);
  expect(acme.days[0].counts).toEqual({ x: 1 });
  expect(acme.answers.all).toMatchObject({ written: 1, answered: 1, medianMinutes: 90, withinDeadline: 1 });
  expect(acme.answers.byPerson).toMatchObject([{ key: 'Alice', medianMinutes: 90 }]);

  const bolt = await report({ brandId: 'brand-2', period: 'week', day: '2026-03-04', now: NOW });
  expect(bolt.mix.total).toBe(1);
  expect(bolt.answers.all.written).toBe(0);
});

test('all brands over the month: every post, the caps of both brands', async () => {
  const all = await report({ period: 'month', day: '2026-03-04', now: NOW });
  expect([all.brandId, all.from, all.to, all.mix.total]).toEqual([null, '2026-03-01', '2026-03-31', 2]);
  expect(all.networks).toEqual([{ network: 'x', posts: 2, dailyCap: 10, daysOverCap: 0 }]);
  expect(all.answers.all.written).toBe(1);
});
