import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { defaultSettings } from '../../shared/settings-defaults';
import { v1Settings } from '../../shared/settings-test-fixtures';
import { DB_NAME, resetDatabaseConnection } from '../../store/db';
import { readSettings } from '../../store/settings-repo';
import { dispatch } from '../router';
import { createHandlers } from './index';
import { testContext } from './test-context';

/** The options page: it may ask anything. */
const extensionPage = { fromExtension: true, url: 'chrome-extension://smm/src/ui/options/index.html' };

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

const handlers = createHandlers(testContext('1.0.0', () => Date.parse('2026-03-05T12:00:00Z')));
const call = async (type: string, payload: unknown) => {
  const response = await dispatch({ type, payload }, extensionPage, handlers);
  if (!response.ok) throw new Error(`${type}: ${response.error.message}`);
  return response.data as never;
};

describe('checklist', () => {
  test('ticks are stored per day: another day starts fresh', async () => {
    await call('checklist.tick', { day: '2026-03-05', id: 'task:mentions', done: true });
    expect(await call('checklist.get', { day: '2026-03-05' })).toEqual({ ticks: { 'task:mentions': true } });
    expect(await call('checklist.get', { day: '2026-03-06' })).toEqual({ ticks: {} });
    await call('checklist.tick', { day: '2026-03-05', id: 'task:mentions', done: false });
    expect(await call('checklist.get', { day: '2026-03-05' })).toEqual({ ticks: {} });
  });

  test('a malformed day is refused', async () => {
    const response = await dispatch(
      { type: 'checklist.tick', payload: { day: 'today', id: 'x', done: true } },
      extensionPage,
      handlers,
    );
    expect(response.ok).toBe(false);
  });

  test('popup.today answers for the day of the given now, with its ticks', async () => {
    await call('checklist.tick', { day: '2026-03-05', id: 'task:a', done: true });
    const today: { day: string; ticks: Record<string, boolean>; week: unknown[] } = await call(
      'popup.today',
      {
        now: Date.parse('2026-03-05T12:00:00Z'),
      },
    );
    expect(today.day).toBe('2026-03-05');
    expect(today.ticks).toEqual({ 'task:a': true });
    expect(today.week).toHaveLength(7);
  });
});

describe('settings.import', () => {
  test('a v1 file is migrated and saved', async () => {
    const result: { saved: boolean } = await call('settings.import', {
      file: { format: 'smm-assistant-settings', version: 1, exportedAt: '', settings: v1Settings(false) },
    });
    expect(result.saved).toBe(true);
    expect((await readSettings()).notifications).toEqual({ dueSoon: false, overdue: false });
  });

  test('a file with a problem saves nothing and lists it', async () => {
    const broken = { ...defaultSettings(), retentionDays: 'long' };
    const result = await call('settings.import', { file: broken });
    expect(result).toEqual({
      saved: false,
      problems: [expect.objectContaining({ path: 'retentionDays', message: 'errWrongType' })],
    });
    expect(await readSettings()).toEqual(defaultSettings());
  });
});

describe('data', () => {
  test('export and clear the publishing log', async () => {
    await call('posts.log', {
      post: {
        id: 'manual:1',
        network: 'x',
        brandId: 'brand-1',
        publishedAt: 1,
        format: 'text',
        hashtags: [],
        links: [],
        excerpt: '',
        source: 'manual',
      },
    });
    const exported: { filename: string; text: string; count: number } = await call('data.export', {
      kind: 'posts',
      format: 'json',
    });
    expect(exported.filename).toBe('smm-assistant-posts-2026-03-05.json');
    expect(JSON.parse(exported.text)).toHaveLength(1);
    expect(await call('data.clear', { kind: 'posts' })).toEqual({ removed: 1 });
    const empty: { count: number } = await call('data.export', { kind: 'posts', format: 'csv' });
    expect(empty.count).toBe(0);
  });
});

describe('mastodon', () => {
  test('an instance is saved (and registered where the browser allows) and removed again', async () => {
    expect(await call('mastodon.add', { origin: 'https://fosstodon.org' })).toEqual({
      instances: ['https://fosstodon.org'],
      registered: false,
    });
    expect(await call('mastodon.add', { origin: 'https://fosstodon.org' })).toMatchObject({
      instances: ['https://fosstodon.org'],
    });
    expect(await call('mastodon.remove', { origin: 'https://fosstodon.org' })).toEqual({ instances: [] });
  });

  test('anything but an https origin is refused', async () => {
    for (const origin of ['http://fosstodon.org', 'https://fosstodon.org/home', 'fosstodon.org']) {
      const response = await dispatch({ type: 'mastodon.add', payload: { origin } }, extensionPage, handlers);
      expect(response.ok, origin).toBe(false);
    }
  });
});
