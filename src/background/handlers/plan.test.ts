import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Advice, RequestType, ResponseData } from '../../shared/protocol';
import { defaultBrand, defaultSettings } from '../../shared/settings-defaults';
import type { Settings } from '../../shared/settings-schema';
import { DB_NAME, resetDatabaseConnection } from '../../store/db';
import { saveSettings } from '../../store/settings-repo';
import { dispatch } from '../router';
import { createHandlers } from './index';
import { testContext } from './test-context';

/** Tuesday 1 December 2026, 10:00 in Paris. */
const NOW = Date.parse('2026-12-01T09:00:00Z');
const handlers = createHandlers(testContext('1', () => NOW));
const options = { url: 'chrome-extension://smm/src/ui/options/index.html', fromExtension: true };
const xPage = { tabId: 3, url: 'https://x.com/home', fromExtension: false };

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  const paris = (brand: ReturnType<typeof defaultBrand>) => ({
    ...brand,
    businessHours: { ...brand.businessHours, timeZone: 'Europe/Paris' },
  });
  const settings: Settings = {
    ...defaultSettings('fr'),
    brands: [
      paris(defaultBrand('lune', 'Café Lune', { language: 'fr', country: 'FR' })),
      paris(defaultBrand('acme', 'Acme', { language: 'en', country: 'GB' })),
    ],
    activeBrandId: 'lune',
  };
  await saveSettings(settings, NOW);
});

async function ask<K extends RequestType>(
  type: K,
  payload: unknown,
  sender = options,
): Promise<ResponseData[K]> {
  const response = await dispatch({ type, payload }, sender, handlers);
  if (!response.ok) throw new Error(response.error.message);
  return response.data as ResponseData[K];
}

describe('the week you can fill', () => {
  test('seven days from today, each with its slots per network, and empty days are gaps', async () => {
    const week = await ask('plan.week', { now: NOW });
    expect(week.days.map((day) => day.date)).toEqual([
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
    ]);
    expect(week.days.every((day) => day.gap)).toBe(true);
    const instagram = week.days[0].networks.find((entry) => entry.network === 'instagram');
    expect(instagram).toMatchObject({ slots: 1, posted: 0, pinned: 0 });
    expect(week.days[0].theme.hashtags[0]).toMatch(/mardi/i);
  });

  test('a pinned idea fills its day, can be moved, marked done and removed, per brand', async () => {
    const item = await ask('plan.pin', {
      brandId: 'lune',
      day: '2026-12-01',
      network: 'x',
      text: 'Quiz du mardi : quel croissant ?',
      category: 'question',
      source: 'idea',
    });
    let week = await ask('plan.week', { now: NOW });
    expect(week.days[0]).toMatchObject({ gap: false, items: [{ id: item.id, text: item.text }] });
    expect(week.days[0].networks.find((entry) => entry.network === 'x')?.pinned).toBe(1);
    expect((await ask('plan.week', { now: NOW, brandId: 'acme' })).days[0].items).toEqual([]);

    const advice = (await ask(
      'advice.request',
      { draft: { text: '', network: 'x', kind: 'post', attachments: [] }, now: NOW },
      xPage,
    )) as Advice;
    expect(advice.pinned).toEqual([{ id: item.id, text: item.text, category: 'question' }]);

    await ask('plan.update', { id: item.id, day: '2026-12-03' });
    week = await ask('plan.week', { now: NOW });
    expect(week.days[0].gap).toBe(true);
    expect(week.days[2].items.map((planned) => planned.id)).toEqual([item.id]);

    await ask('plan.update', { id: item.id, done: true, day: '2026-12-01' });
    const afterDone = (await ask(
      'advice.request',
      { draft: { text: '', network: 'x', kind: 'post', attachments: [] }, now: NOW },
      xPage,
    )) as Advice;
    expect(afterDone.pinned).toEqual([]);

    await ask('plan.remove', { id: item.id });
    expect((await ask('plan.week', { now: NOW })).days[0].items).toEqual([]);
  });

  test('an idea over its network’s limit is flagged', async () => {
    await ask('plan.pin', {
      brandId: 'lune',
      day: '2026-12-02',
      network: 'bluesky',
      text: 'é'.repeat(301),
      source: 'idea',
    });
    const week = await ask('plan.week', { now: NOW });
    expect(week.days[1].items[0].over).toEqual({ count: 301, max: 300 });
  });

  test('pinned categories count toward the mix: a planned question is no longer most under target', async () => {
    const before = await ask('plan.week', { now: NOW });
    const questionGap = before.underTarget.find((entry) => entry.category === 'question')?.gap ?? 0;
    await ask('plan.pin', {
      brandId: 'lune',
      day: '2026-12-02',
      network: 'x',
      text: 'Plutôt thé ou café ?',
      category: 'question',
      source: 'idea',
    });
    const after = await ask('plan.week', { now: NOW });
    expect(after.underTarget.find((entry) => entry.category === 'question')?.gap ?? 0).toBeLessThan(
      questionGap,
    );
  });

  test('starters come in the brand’s language for the categories under target, or the brand’s own', async () => {
    const draft = { text: '', network: 'x', kind: 'post', attachments: [] };
    const french = (await ask('advice.request', { draft, now: NOW }, xPage)) as Advice;
    expect(french.starters?.find((offer) => offer.category === 'testimonial')?.prompts[0]).toMatch(
      /l’accord de la personne/,
    );
    const english = (await ask('advice.request', { draft, now: NOW, brandId: 'acme' }, xPage)) as Advice;
    expect(english.starters?.find((offer) => offer.category === 'testimonial')?.prompts[0]).toMatch(
      /permission/,
    );
  });
});
