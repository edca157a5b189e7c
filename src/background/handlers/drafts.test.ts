import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { DAY } from '../../shared/time';
import { DB_NAME, database, resetDatabaseConnection } from '../../store/db';
import { dispatch, type Sender } from '../router';
import { createHandlers } from './index';
import { testContext } from './test-context';

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  clock = Date.parse('2026-03-05T12:00:00Z');
});

let clock = 0;
const handlers = createHandlers(testContext('1', () => clock));
const key = 'x:post:https://x.com/home';
const tab = (tabId: number): Sender => ({ tabId, url: 'https://x.com/home', fromExtension: false });

async function ask(type: string, payload: unknown, sender: Sender) {
  const response = await dispatch({ type, payload }, sender, handlers);
  if (!response.ok) throw new Error(`${type}: ${response.error.message}`);
  return response.data as never;
}
const save = (sender: Sender, text: string) => {
  clock += 1_000;
  return ask('drafts.save', { key, network: 'x', kind: 'post', pageUrl: 'https://x.com/home', text }, sender);
};
const offered = async (sender: Sender) =>
  ((await ask('drafts.get', { key }, sender)) as { text: string } | null)?.text ?? null;
const publish = (sender: Sender) => ask('drafts.clear', { key }, sender);
const stored = async () => (await (await database()).getAll('drafts')).map((draft) => draft.text).sort();

describe('drafts of two tabs of the same page', () => {
  test('are kept apart: each tab gets its own back', async () => {
    await save(tab(1), 'First tab’s draft');
    await save(tab(2), 'Second tab’s draft');
    expect(await offered(tab(1))).toBe('First tab’s draft');
    expect(await offered(tab(2))).toBe('Second tab’s draft');
    expect(await stored()).toEqual(['First tab’s draft', 'Second tab’s draft']);
  });

  test('publishing in one tab clears only its own draft', async () => {
    await save(tab(1), 'First tab’s draft');
    await save(tab(2), 'Second tab’s draft');
    await publish(tab(1));
    expect(await stored()).toEqual(['Second tab’s draft']);
    expect(await offered(tab(2))).toBe('Second tab’s draft');
  });

  test('a new tab after a tab was closed is offered the page’s most recent draft', async () => {
    await save(tab(1), 'Older draft');
    await save(tab(2), 'Most recent draft');
    // Both tabs closed; a new tab opens the same page.
    expect(await offered(tab(3))).toBe('Most recent draft');
  });

  test('a reloaded tab (same tab id) gets its own draft, not a newer one of another tab', async () => {
    await save(tab(1), 'Mine');
    await save(tab(2), 'Someone else’s, newer');
    expect(await offered(tab(1))).toBe('Mine');
  });

  test('a draft brought back in a new tab moves there: once published it is not offered again', async () => {
    await save(tab(1), 'Closed tab’s draft');
    expect(await offered(tab(3))).toBe('Closed tab’s draft');
    // The new tab inserts it; its autosave saves the same text as its own.
    await save(tab(3), 'Closed tab’s draft');
    expect(await stored()).toEqual(['Closed tab’s draft']);
    await publish(tab(3));
    expect(await offered(tab(4))).toBeNull();
  });

  test('an expired draft is offered to no tab', async () => {
    await save(tab(1), 'Old');
    clock += 8 * DAY;
    expect(await offered(tab(1))).toBeNull();
    expect(await offered(tab(2))).toBeNull();
  });

  test('a draft saved before drafts were per tab is still offered, and moves once brought back', async () => {
    await (await database()).put('drafts', {
      key,
      network: 'x',
      kind: 'post',
      pageUrl: 'https://x.com/home',
      text: 'From the last version',
      savedAt: clock,
    });
    expect(await offered(tab(5))).toBe('From the last version');
    await save(tab(5), 'From the last version');
    expect((await (await database()).getAllKeys('drafts')).map(String)).toEqual([`${key}#tab-5`]);
  });

  test('a page cannot name another tab’s stored key', async () => {
    const response = await dispatch(
      { type: 'drafts.get', payload: { key: `${key}#tab-2` } },
      tab(1),
      handlers,
    );
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});
