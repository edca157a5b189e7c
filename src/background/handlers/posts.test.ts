import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { defaultBrand, defaultSettings } from '../../shared/settings-defaults';
import { DB_NAME, database, resetDatabaseConnection } from '../../store/db';
import { SAME_POST_WINDOW_MS } from '../../store/posts-repo';
import { saveSettings } from '../../store/settings-repo';
import { dispatch } from '../router';
import { createHandlers } from './index';
import { testContext } from './test-context';

const NOW = Date.parse('2026-03-05T12:00:00Z');

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

const handlers = createHandlers(testContext('1', () => NOW));
/** Two tabs of the same X page: each its own content script, each its own clock reading. */
const firstTab = { tabId: 1, url: 'https://x.com/home', fromExtension: false };
const secondTab = { tabId: 2, url: 'https://x.com/home', fromExtension: false };

const draft = (text: string) => ({ text, network: 'x', kind: 'post', attachments: [] });
const published = async (sender: typeof firstTab, text: string, publishedAt: number, brandId?: string) => {
  const response = await dispatch(
    {
      type: 'posts.published',
      payload: { draft: draft(text), publishedAt, ...(brandId ? { brandId } : {}) },
    },
    sender,
    handlers,
  );
  if (!response.ok) throw new Error(response.error.message);
  return response.data as { added: boolean };
};
const logged = async () => (await database()).getAll('posts');

describe('the same post logged from two tabs', () => {
  test('is kept once, whichever tab logs first', async () => {
    expect(await published(firstTab, 'Our new roast is out #coffee', NOW)).toEqual({ added: true });
    expect(await published(secondTab, 'Our new roast is out #coffee', NOW + 4_000)).toEqual({ added: false });
    expect(await logged()).toHaveLength(1);
  });

  test('is kept once when both tabs log at the same moment', async () => {
    const answers = await Promise.all([
      published(firstTab, 'At the same time', NOW),
      published(secondTab, 'At the same time', NOW + 1),
    ]);
    expect(answers.filter((answer) => answer.added)).toHaveLength(1);
    expect(await logged()).toHaveLength(1);
  });

  test('a later post with the same text is another post', async () => {
    await published(firstTab, 'Good morning!', NOW);
    expect(await published(secondTab, 'Good morning!', NOW + SAME_POST_WINDOW_MS + 1)).toEqual({
      added: true,
    });
    expect(await logged()).toHaveLength(2);
  });

  test('another text, or another brand, is another post', async () => {
    const settings = defaultSettings();
    await saveSettings(
      { ...settings, brands: [...settings.brands, defaultBrand('other-brand', 'Beans')] },
      NOW,
    );
    await published(firstTab, 'Good morning!', NOW);
    expect(await published(secondTab, 'Good evening!', NOW + 1_000)).toEqual({ added: true });
    expect(await published(secondTab, 'Good morning!', NOW + 2_000, 'other-brand')).toEqual({ added: true });
    expect(await logged()).toHaveLength(3);
  });

  test('two posts logged by hand with the same text stay two', async () => {
    const post = (id: string) => ({
      id,
      network: 'x',
      brandId: 'brand-1',
      publishedAt: NOW,
      format: 'text',
      hashtags: [],
      links: [],
      excerpt: 'Same words',
      source: 'manual',
    });
    const options = { url: 'chrome-extension://smm/src/ui/popup/index.html', fromExtension: true };
    for (const id of ['manual:a', 'manual:b']) {
      expect(await dispatch({ type: 'posts.log', payload: { post: post(id) } }, options, handlers)).toEqual({
        ok: true,
        data: { added: true },
      });
    }
    expect(await logged()).toHaveLength(2);
  });
});
