import 'fake-indexeddb/auto';
import { beforeEach, expect, test } from 'vitest';
import { defaultBrand, defaultSettings } from '../../shared/settings-defaults';
import { getComment } from '../../store/comments-repo';
import { DB_NAME, resetDatabaseConnection } from '../../store/db';
import { saveSettings } from '../../store/settings-repo';
import { dispatch } from '../router';
import { createHandlers } from './index';
import { testContext } from './test-context';

const NOW = Date.parse('2026-03-05T12:00:00Z');
const page = 'https://x.com/acmebrand/status/1';
const xPage = { tabId: 3, url: page, fromExtension: false };
const handlers = createHandlers(testContext('1.0.0', () => NOW));

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  const settings = defaultSettings();
  await saveSettings(
    {
      ...settings,
      brands: [
        { ...settings.brands[0], accounts: { x: ['acmebrand'] } },
        { ...defaultBrand('brand-2', 'Other brand'), accounts: { x: ['otherbrand'] } },
      ],
    },
    NOW,
  );
});

const comment = (id: string, extra: Record<string, unknown> = {}) => ({
  id: `x:${id}`,
  network: 'x',
  author: 'alice',
  excerpt: 'Do you ship to Canada?',
  pageUrl: page,
  answeredByBrand: false,
  ...extra,
});

async function send<T>(type: string, payload: unknown): Promise<T> {
  const response = await dispatch({ type, payload }, xPage, handlers);
  if (!response.ok) throw new Error(`${type}: ${response.error.message}`);
  return response.data as T;
}

test('one bad item is dropped and counted; the rest of the batch is kept', async () => {
  const result = await send('comments.seen', {
    pageUrl: page,
    comments: [
      comment('1'),
      comment('2', { author: 'x'.repeat(5_000) }),
      { id: 'x:3', network: 'myspace' },
      comment('4', { pageUrl: 'https://evil.example/' }),
      comment('5'),
    ],
  });
  expect(result).toEqual({ added: 2, updated: 0, rejected: 3 });
});

test("a page's datetime text is read here; a text longer than any date is refused", async () => {
  const written = '2026-03-05T10:00:00.000Z';
  const result = await send('comments.seen', {
    pageUrl: page,
    comments: [comment('1', { writtenAt: written }), comment('2', { writtenAt: written.padEnd(65, '0') })],
  });
  expect(result).toEqual({ added: 1, updated: 0, rejected: 1 });
  expect((await getComment('x:1'))?.writtenAt).toBe(Date.parse(written));
});

test('comments carry the brand the page advised for; each brand counts its own', async () => {
  await send('comments.seen', { pageUrl: page, comments: [comment('1'), comment('2')] });
  await send('comments.seen', { pageUrl: page, brandId: 'brand-2', comments: [comment('3')] });

  const forActive = await send<{ items: { id: string }[]; awaitingElsewhere: number }>('comments.page', {
    pageUrl: page,
  });
  expect(forActive.items.map((item) => item.id)).toEqual(['x:1', 'x:2']);
  const forOther = await send<{ items: { id: string }[] }>('comments.page', {
    pageUrl: page,
    brandId: 'brand-2',
  });
  expect(forOther.items.map((item) => item.id)).toEqual(['x:3']);

  const options = { fromExtension: true, url: 'chrome-extension://smm/src/ui/popup/index.html' };
  const summary = async (payload: object) => {
    const response = await dispatch({ type: 'comments.summary', payload }, options, handlers);
    return response.ok ? (response.data as { summary: { awaiting: number } }).summary.awaiting : -1;
  };
  expect(await summary({})).toBe(2);
  expect(await summary({ allBrands: true })).toBe(3);
});
