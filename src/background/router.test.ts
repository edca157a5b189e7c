import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultSettings } from '../shared/settings-defaults';
import { DB_NAME, resetDatabaseConnection } from '../store/db';
import { readSettings } from '../store/settings-repo';
import { createHandlers } from './handlers';
import type { Handlers } from './handlers/context';
import { testContext } from './handlers/test-context';
import { dispatch } from './router';

/** The options page: it may ask anything. */
const extensionPage = { fromExtension: true, url: 'chrome-extension://smm/src/ui/options/index.html' };

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

const handlers = createHandlers(testContext('1.2.3', () => 1_800_000_000_000));

describe('dispatch', () => {
  test('answers a valid request with its data', async () => {
    await expect(dispatch({ type: 'ping', payload: {} }, extensionPage, handlers)).resolves.toEqual({
      ok: true,
      data: { pong: true, version: '1.2.3' },
    });
  });

  test.each([
    ['not an object', 'hello', 'invalid-message'],
    ['no type', { payload: {} }, 'invalid-message'],
    ['an unknown type', { type: 'settings.delete', payload: {} }, 'unknown-type'],
    ['a prototype key as type', { type: 'constructor', payload: {} }, 'unknown-type'],
    ['an extra envelope field', { type: 'ping', payload: {}, extra: 1 }, 'invalid-message'],
    ['a malformed payload', { type: 'prefs.get', payload: { key: 'anything' } }, 'invalid-message'],
    [
      'a payload of the wrong type',
      { type: 'posts.since', payload: { since: 'yesterday' } },
      'invalid-message',
    ],
    [
      'an extra payload field',
      { type: 'drafts.clear', payload: { key: 'k', more: true } },
      'invalid-message',
    ],
  ])('refuses %s and runs no handler', async (_name, message, code) => {
    const spies = Object.fromEntries(
      Object.keys(handlers).map((type) => [type, vi.fn()]),
    ) as unknown as Handlers;
    const response = await dispatch(message, extensionPage, spies);
    expect(response).toMatchObject({ ok: false, error: { code } });
    for (const spy of Object.values(spies)) expect(spy).not.toHaveBeenCalled();
  });

  test('a failing handler becomes an error response, not an exception', async () => {
    const failing = { ...handlers, ping: () => Promise.reject(new Error('disk full')) } as Handlers;
    await expect(dispatch({ type: 'ping', payload: {} }, extensionPage, failing)).resolves.toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'disk full' },
    });
  });

  test('a payload may be omitted for requests that take none', async () => {
    await expect(dispatch({ type: 'settings.get' }, extensionPage, handlers)).resolves.toMatchObject({
      ok: true,
    });
  });
});

describe('settings through the protocol', () => {
  test('invalid settings are refused with problems and change nothing', async () => {
    const good = { ...defaultSettings(), brands: [{ ...defaultSettings().brands[0], name: 'Acme' }] };
    await dispatch({ type: 'settings.save', payload: { settings: good } }, extensionPage, handlers);
    const bad = structuredClone(good);
    bad.brands[0].name = 'Changed';
    bad.brands[0].ownDomains = ['acme.example', 'bad domain'];
    const response = await dispatch(
      { type: 'settings.save', payload: { settings: bad } },
      extensionPage,
      handlers,
    );
    expect(response).toEqual({
      ok: true,
      data: {
        saved: false,
        problems: [expect.objectContaining({ path: 'brands[0].ownDomains[1]', message: 'errNotADomain' })],
      },
    });
    expect((await readSettings()).brands[0].name).toBe('Acme');
  });

  test('without saved settings the defaults are answered', async () => {
    await expect(dispatch({ type: 'settings.get', payload: {} }, extensionPage, handlers)).resolves.toEqual({
      ok: true,
      data: defaultSettings(),
    });
  });
});

describe('posts and drafts', () => {
  const post = {
    id: 'x:1',
    network: 'x',
    brandId: 'brand-1',
    publishedAt: 1_800_000_000_000,
    format: 'text',
    hashtags: ['#TipTuesday'],
    links: [],
    excerpt: 'Hello',
    source: 'page',
  };

  test('a post is logged once', async () => {
    expect(await dispatch({ type: 'posts.log', payload: { post } }, extensionPage, handlers)).toEqual({
      ok: true,
      data: { added: true },
    });
    expect(await dispatch({ type: 'posts.log', payload: { post } }, extensionPage, handlers)).toEqual({
      ok: true,
      data: { added: false },
    });
    const since = await dispatch(
      { type: 'posts.since', payload: { since: 0, network: 'x' } },
      extensionPage,
      handlers,
    );
    expect(since).toEqual({ ok: true, data: [post] });
    const other = await dispatch(
      { type: 'posts.since', payload: { since: 0, network: 'vk' } },
      extensionPage,
      handlers,
    );
    expect(other).toEqual({ ok: true, data: [] });
  });

  test('a draft is saved, read back while fresh, and cleared', async () => {
    const key = 'x:post:https://x.com/home';
    const save = { key, network: 'x', kind: 'post', pageUrl: 'https://x.com/home', text: 'Half-written' };
    await dispatch({ type: 'drafts.save', payload: save }, extensionPage, handlers);
    expect(await dispatch({ type: 'drafts.get', payload: { key } }, extensionPage, handlers)).toEqual({
      ok: true,
      data: { text: 'Half-written', savedAt: 1_800_000_000_000 },
    });
    const later = createHandlers(testContext('1', () => 1_800_000_000_000 + 8 * 86_400_000));
    expect(await dispatch({ type: 'drafts.get', payload: { key } }, extensionPage, later)).toEqual({
      ok: true,
      data: null,
    });
    await dispatch({ type: 'drafts.clear', payload: { key } }, extensionPage, handlers);
    expect(await dispatch({ type: 'drafts.get', payload: { key } }, extensionPage, handlers)).toEqual({
      ok: true,
      data: null,
    });
  });
});
