import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { pageRequestTypes } from '../../shared/protocol';
import { defaultBrand, defaultSettings } from '../../shared/settings-defaults';
import { DB_NAME, database, resetDatabaseConnection } from '../../store/db';
import { dispatch } from '../router';
import { createHandlers } from './index';
import { testContext } from './test-context';

const NOW = 1_800_000_000_000;

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

const xPage = { tabId: 7, url: 'https://x.com/home', fromExtension: false };
const options = { url: 'chrome-extension://smm/src/ui/options/index.html', fromExtension: true };

/** Two brands, and a rule the record no longer passes (an unknown key left by a bug). */
function damagedRecord() {
  return {
    ...defaultSettings(),
    brands: [defaultBrand('acme', 'Acme'), defaultBrand('beans', 'Beans')],
    activeBrandId: 'acme',
    leftByABug: true,
  };
}

async function storeDamaged() {
  await (await database()).put('settings', { id: 'current', value: damagedRecord(), savedAt: 1 });
}

const stored = async () => (await (await database()).get('settings', 'current'))?.value;

describe('damaged settings through the protocol', () => {
  test('health and the choice answer only the extension’s own pages', async () => {
    await storeDamaged();
    const handlers = createHandlers(testContext('1', () => NOW));
    expect(pageRequestTypes.has('settings.health')).toBe(false);
    expect(pageRequestTypes.has('settings.resolve')).toBe(false);
    for (const request of [
      { type: 'settings.health', payload: {} },
      { type: 'settings.resolve', payload: { choice: 'reset' } },
    ]) {
      expect(await dispatch(request, xPage, handlers)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(await stored()).toEqual(damagedRecord());
  });

  test('every whole-record write is refused until the user chooses, then works', async () => {
    await storeDamaged();
    const settingsChanged = vi.fn();
    const handlers = createHandlers({ ...testContext('1', () => NOW), settingsChanged });
    const ask = (type: string, payload: unknown) => dispatch({ type, payload }, options, handlers);

    const read = await ask('settings.get', {});
    expect(read).toMatchObject({ ok: true, data: { activeBrandId: 'acme' } });
    const settings = (read as { data: Record<string, unknown> }).data;
    const refused = { saved: false, problems: [{ path: '', message: 'errSettingsDamaged' }] };
    // The options' Save, and the popup's brand switch: both a settings.save.
    expect(await ask('settings.save', { settings })).toEqual({ ok: true, data: refused });
    expect(await ask('settings.save', { settings: { ...settings, activeBrandId: 'beans' } })).toEqual({
      ok: true,
      data: refused,
    });
    expect(await ask('settings.import', { file: defaultSettings() })).toEqual({ ok: true, data: refused });
    expect(await ask('mastodon.add', { origin: 'https://fosstodon.org' })).toMatchObject({
      ok: false,
      error: { code: 'handler-failed', message: expect.stringContaining('errSettingsDamaged') },
    });
    expect(await stored()).toEqual(damagedRecord());
    expect(settingsChanged).not.toHaveBeenCalled();

    expect(await ask('settings.health', {})).toMatchObject({
      ok: true,
      data: { damaged: { problems: [{ path: 'leftByABug', fix: 'removed' }] } },
    });
    expect(await ask('settings.resolve', { choice: 'repair' })).toMatchObject({
      ok: true,
      data: { saved: true, settings: { activeBrandId: 'acme' } },
    });
    expect(settingsChanged).toHaveBeenCalledOnce();
    expect(await ask('settings.health', {})).toMatchObject({ ok: true, data: { damaged: null } });
    expect(await ask('settings.save', { settings: { ...settings, activeBrandId: 'beans' } })).toMatchObject({
      ok: true,
      data: { saved: true },
    });
  });
});
