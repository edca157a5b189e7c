import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { pageRequestTypes, type RequestType, requestSchemas } from '../shared/protocol';
import { defaultSettings } from '../shared/settings-defaults';
import { DB_NAME, resetDatabaseConnection } from '../store/db';
import { saveSettings } from '../store/settings-repo';
import { createHandlers } from './handlers';
import type { Handlers } from './handlers/context';
import { testContext } from './handlers/test-context';
import { dispatch } from './router';

const NOW = 1_800_000_000_000;
const SESSION = '0b7e6c3a-5f0e-4b8a-9a51-3f1f2c9d4e21';

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

/** A content script on an X page, and the extension's own options page. */
const xPage = { tabId: 7, url: 'https://x.com/acmebrand/status/1', fromExtension: false };
const options = { url: 'chrome-extension://smm/src/ui/options/index.html', fromExtension: true };

/** A payload each request accepts, so that only the sender decides the answer. */
const validPayloads: Record<RequestType, unknown> = {
  ping: {},
  'settings.get': {},
  'settings.save': { settings: defaultSettings() },
  'prefs.get': { key: 'panelCollapsed' },
  'prefs.set': { key: 'panelCollapsed', value: true },
  'posts.log': {
    post: {
      id: 'x:1',
      network: 'x',
      brandId: 'brand-1',
      publishedAt: NOW,
      format: 'text',
      hashtags: [],
      links: [],
      excerpt: 'Hi',
      source: 'manual',
    },
  },
  'posts.since': { since: 0 },
  'drafts.save': {
    key: 'x:post:https://x.com/home',
    network: 'x',
    kind: 'post',
    pageUrl: 'https://x.com/home',
    text: 'Hi',
  },
  'drafts.get': { key: 'x:post:https://x.com/home' },
  'page.context': {},
  'advice.request': { draft: { text: 'Hi', network: 'x', kind: 'post', attachments: [] } },
  'posts.published': { draft: { text: 'Hi', network: 'x', kind: 'post', attachments: [] }, publishedAt: NOW },
  'comments.seen': { pageUrl: 'https://x.com/acmebrand/status/1', comments: [] },
  'comments.page': { pageUrl: 'https://x.com/acmebrand/status/1' },
  'options.account': { network: 'x' },
  'comments.mark': { id: 'x:1', status: 'answered' },
  'comments.summary': {},
  'drafts.clear': { key: 'x:post:https://x.com/home' },
  'popup.today': { now: NOW },
  'checklist.get': { day: '2027-01-15' },
  'checklist.tick': { day: '2027-01-15', id: 'theme', done: true },
  'settings.import': { file: defaultSettings() },
  'data.export': { kind: 'posts', format: 'json' },
  'data.clear': { kind: 'comments' },
  'mastodon.add': { origin: 'https://fosstodon.org' },
  'mastodon.remove': { origin: 'https://fosstodon.org' },
  'settings.health': {},
  'settings.resolve': { choice: 'restore', backupId: 'import-1' },
  'backup.summary': {},
  'backup.page': { store: 'posts', limit: 100 },
  'restore.begin': {},
  'restore.page': { session: SESSION, seq: 0, store: 'posts', records: [] },
  'restore.commit': { session: SESSION, settings: defaultSettings(), contents: { posts: 0 } },
  'restore.abort': { session: SESSION },
  'plan.week': { now: NOW },
  'plan.pin': { brandId: 'brand-1', day: '2027-01-15', network: 'x', text: 'Quiz', source: 'idea' },
  'plan.update': { id: 'p-1', done: true },
  'plan.remove': { id: 'p-1' },
  'plan.drafts': {},
  'report.get': { period: 'week', day: '2027-01-15', now: NOW },
};

const spies = () =>
  Object.fromEntries(
    Object.keys(requestSchemas).map((type) => [type, vi.fn(async () => ({}))]),
  ) as unknown as Handlers;

const extensionOnly = (Object.keys(requestSchemas) as RequestType[]).filter(
  (type) => !pageRequestTypes.has(type),
);

describe('requests that change or reveal everything answer only the extension’s own pages', () => {
  test.each(extensionOnly)('%s from a content script is refused and runs nothing', async (type) => {
    const handlers = spies();
    const response = await dispatch({ type, payload: validPayloads[type] }, xPage, handlers);
    expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers[type]).not.toHaveBeenCalled();
  });

  test.each(extensionOnly)('%s from the options page runs', async (type) => {
    const handlers = spies();
    const response = await dispatch({ type, payload: validPayloads[type] }, options, handlers);
    expect(response.ok).toBe(true);
    expect(handlers[type]).toHaveBeenCalledOnce();
  });

  test.each([...pageRequestTypes])('%s is open to a content script', async (type) => {
    const handlers = spies();
    const response = await dispatch({ type, payload: validPayloads[type] }, xPage, handlers);
    expect(response.ok).toBe(true);
  });
});

describe('the full backup and its restore', () => {
  const backupRequests: RequestType[] = [
    'backup.summary',
    'backup.page',
    'restore.begin',
    'restore.page',
    'restore.commit',
    'restore.abort',
  ];

  test.each(backupRequests)('%s is not a request a page may send', (type) => {
    expect(pageRequestTypes.has(type)).toBe(false);
  });

  test('a content script can neither read the backup nor restore one, and nothing changes', async () => {
    const handlers = createHandlers(testContext('1', () => NOW));
    await saveSettings({ ...defaultSettings(), retentionDays: 45 }, NOW);
    for (const type of backupRequests) {
      const response = await dispatch({ type, payload: validPayloads[type] }, xPage, handlers);
      expect(response, type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const settings = await dispatch({ type: 'settings.get', payload: {} }, options, handlers);
    expect(settings).toMatchObject({ ok: true, data: { retentionDays: 45 } });
  });
});

describe('the week plan', () => {
  const planRequests: RequestType[] = ['plan.week', 'plan.pin', 'plan.update', 'plan.remove', 'plan.drafts'];

  test.each(planRequests)('%s is not a request a page may send', (type) => {
    expect(pageRequestTypes.has(type)).toBe(false);
  });
});

describe('a content script asks only about its own page', () => {
  const handlers = createHandlers(testContext('1', () => NOW));
  const elsewhere = { tabId: 9, url: 'https://www.facebook.com/acmebrand', fromExtension: false };

  test.each([
    ['drafts.save', validPayloads['drafts.save']],
    ['drafts.get', validPayloads['drafts.get']],
    ['drafts.clear', validPayloads['drafts.clear']],
    ['comments.seen', validPayloads['comments.seen']],
    ['comments.page', validPayloads['comments.page']],
  ] as const)('%s about another site is refused', async (type, payload) => {
    const response = await dispatch({ type, payload }, elsewhere, handlers);
    expect(response).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await dispatch({ type, payload }, xPage, handlers)).ok).toBe(true);
  });

  test("a draft saved by one site can't be read by another", async () => {
    await dispatch({ type: 'drafts.save', payload: validPayloads['drafts.save'] }, xPage, handlers);
    const stolen = await dispatch(
      { type: 'drafts.get', payload: validPayloads['drafts.get'] },
      elsewhere,
      handlers,
    );
    expect(stolen).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test("a comment of one site can't be marked from another", async () => {
    await saveSettings(
      { ...defaultSettings(), brands: [{ ...defaultSettings().brands[0], accounts: { x: 'acmebrand' } }] },
      NOW,
    );
    const comment = {
      id: 'x:42',
      network: 'x',
      author: 'someone',
      excerpt: 'Where is my order?',
      pageUrl: 'https://x.com/acmebrand/status/1',
      answeredByBrand: false,
    };
    await dispatch(
      { type: 'comments.seen', payload: { pageUrl: comment.pageUrl, comments: [comment] } },
      xPage,
      handlers,
    );
    const marked = await dispatch(
      { type: 'comments.mark', payload: { id: 'x:42', status: 'answered' } },
      elsewhere,
      handlers,
    );
    expect(marked).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const own = await dispatch(
      { type: 'comments.mark', payload: { id: 'x:42', status: 'answered' } },
      xPage,
      handlers,
    );
    expect(own).toEqual({ ok: true, data: { changed: true } });
  });

  test('the page context is decided by the sender’s page, an added instance included', async () => {
    await saveSettings({ ...defaultSettings(), mastodonInstances: ['https://fosstodon.org'] }, NOW);
    const at = (url: string) =>
      dispatch({ type: 'page.context', payload: {} }, { url, fromExtension: false }, handlers);
    expect(await at('https://fosstodon.org/@acmebrand/1')).toMatchObject({
      ok: true,
      data: { network: 'mastodon' },
    });
    expect(await at('https://x.com/home')).toMatchObject({ ok: true, data: { network: 'x' } });
    expect(await at('https://example.org/')).toMatchObject({ ok: true, data: { network: null } });
  });
});
