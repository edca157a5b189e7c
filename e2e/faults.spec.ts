/**
 * Fault tests: the service worker is stopped (CDP `ServiceWorker.stopAllWorkers`, as worker.spec.ts
 * does, and as the browser may at any moment) in the middle of a settings import, a restore and a
 * settings migration. Afterwards the data is all old or all new, never a mix, and nothing is lost.
 *
 * Where a step can be seen from outside, the stop waits for it: a restore's commit holds the Web
 * Lock `smm-assistant-restore` (background/handlers/backup.ts). Elsewhere the stop sweeps a range
 * of moments after the request, from before the worker started to after it finished; whatever
 * moment it lands on, the same checks must hold, so no timing decides whether the test passes.
 * Each test notes, as annotations, which state each stop left.
 */
import type { Page } from '@playwright/test';
import { defaultBrand } from '../src/shared/settings-defaults';
import type { Settings } from '../src/shared/settings-schema';
import { v2Settings } from '../src/shared/settings-test-fixtures';
import { expect, test } from './support/extension';
import { OPTIONS, request } from './support/open-at';
import {
  digestOf,
  fingerprints,
  fire,
  getAll,
  lockHeld,
  putStores,
  settingsDigest,
  stopWorker,
} from './support/raw-db';

/** Moments (ms after the request) at which a stop lands, from the worker's start to past its end. */
const stopMoments = [0, 30, 60, 100, 150, 200, 300, 450, 650, 900];
const RESTORE_LOCK = 'smm-assistant-restore';
const NOW = Date.parse('2026-03-05T12:00:00Z');

const pause = (page: Page, ms: number) => page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), ms);

/** The settings the database holds, read straight from it. */
async function storedSettings(page: Page) {
  const [record] = await getAll<{ value: unknown }>(page, 'settings');
  return record?.value;
}

/** Local events, so that reading and checking a settings object takes the worker a while. */
const events = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    name: `${prefix} street fair number ${i}, with music and food stalls`,
    start: '2026-06-01',
    end: '2026-06-03',
    place: 'Lyon, place Bellecour',
    hashtag: `#Fair${i}`,
  }));

/**
 * What a stop left of the settings: `old` when the record is the one written before (and nothing
 * replaced it), `new` when it is the one the change makes and what it replaced is kept as a backup
 * of `reason`. A request in flight when the worker stops is delivered again to the next worker,
 * so a change may run twice: its second run backs up the first's result, never anything else.
 */
async function settingsOutcome(page: Page, old: string, changed: string, reason: string) {
  const { value, backups } = await settingsDigest(page);
  const kept = backups.filter((backup) => backup.reason === reason).map((backup) => backup.value);
  if (value === old) {
    expect(kept).toEqual([]);
    return 'old';
  }
  expect(value).toBe(changed);
  expect(kept).toContain(old);
  for (const backup of kept) expect([old, changed]).toContain(backup);
  return 'new';
}

test('fault: the worker stopped in the middle of a settings import leaves the old settings or the new', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const options = await openExtensionPage(OPTIONS);
  const defaults = await request<Settings>(options, 'settings.get');
  const old: Settings = { ...structuredClone(defaults), retentionDays: 90 };
  old.brands[0].name = 'Before the import';
  // About 800 KB, under the 1 MB limit: the worker takes a while to check it.
  const file: Settings = structuredClone(defaults);
  file.brands = [0, 1].map((n) => ({
    ...defaultBrand(`imported-${n}`, `Imported ${n}`),
    localEvents: events(1_500, `b${n}`),
  }));
  file.activeBrandId = 'imported-0';
  expect(JSON.stringify(file).length).toBeLessThan(1024 * 1024);

  const reset = async () => {
    await stopWorker(context, options);
    await putStores(options, { settings: [{ id: 'current', value: old, savedAt: 1 }], settingsBackups: [] });
  };
  // The new state, once: an import that runs to its end.
  await reset();
  const imported = await request<{ saved: boolean; settings: Settings }>(options, 'settings.import', {
    file,
  });
  expect(imported.saved).toBe(true);
  const changed = (await settingsDigest(options)).value!;
  expect(changed).toBe(digestOf(imported.settings));

  const outcomes: string[] = [];
  for (const moment of stopMoments) {
    await reset();
    await fire(options, 'settings.import', { file });
    await pause(options, moment);
    await stopWorker(context, options);
    outcomes.push(`${moment} ms: ${await settingsOutcome(options, digestOf(old), changed, 'import')}`);
  }
  test.info().annotations.push({ type: 'stops', description: outcomes.join(', ') });
});

test('fault: the worker stopped in the middle of a settings migration leaves the v2 record or the migrated one', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const options = await openExtensionPage(OPTIONS);
  // Version 2 kept one calendar for all brands; version 3 copies it into each of them, so this
  // small record becomes a large one, and the migration takes the worker a while.
  const v2 = v2Settings();
  v2.brands = Array.from({ length: 20 }, (_, i) => ({
    id: `brand-${i}`,
    name: `Brand ${i}`,
    accounts: {},
    ownDomains: [],
  }));
  v2.activeBrandId = 'brand-0';
  v2.localEvents = events(400, 'shared');

  const reset = async () => {
    await stopWorker(context, options);
    await putStores(options, { settings: [{ id: 'current', value: v2, savedAt: 1 }], settingsBackups: [] });
  };
  // The migrated state, once: the first read migrates and writes it back.
  await reset();
  const migrated = await request<Settings>(options, 'settings.get');
  expect(migrated.version).toBe(3);
  expect(migrated.brands[19].localEvents).toHaveLength(400);
  const changed = (await settingsDigest(options)).value!;
  expect(changed).toBe(digestOf(migrated));

  const outcomes: string[] = [];
  for (const moment of [...stopMoments, 1_300, 1_800]) {
    await reset();
    // The first read of the worker (this message, or its start-up chores) migrates.
    await fire(options, 'settings.get', {});
    await pause(options, moment);
    await stopWorker(context, options);
    outcomes.push(`${moment} ms: ${await settingsOutcome(options, digestOf(v2), changed, 'migration')}`);
  }
  test.info().annotations.push({ type: 'stops', description: outcomes.join(', ') });
  // Whatever a stop left, the next read works with the migrated settings.
  expect(digestOf(await request<Settings>(options, 'settings.get'))).toBe(changed);
});

const post = (i: number, prefix: string) => ({
  id: `x:${prefix}-${String(i).padStart(6, '0')}`,
  network: 'x',
  brandId: 'brand-1',
  publishedAt: NOW - i * 60_000,
  format: 'text',
  hashtags: [],
  links: [],
  excerpt: `${prefix} post ${i}`,
  source: 'page',
});
const comment = (i: number, prefix: string) => ({
  id: `x:${prefix}-${String(i).padStart(6, '0')}`,
  network: 'x',
  author: `${prefix}-fan-${i}`,
  excerpt: `${prefix}: where is my order number ${i}? We have been waiting for a week now.`,
  writtenAt: NOW - i,
  firstSeenAt: NOW - i,
  pageUrl: 'https://x.com/acmebrand/status/1',
  status: 'awaiting',
  statusChangedAt: NOW,
  dueAt: NOW + i,
});

/** The stores a restore may change (drafts and the checklist are not in these backups). */
const watched = ['posts', 'comments', 'drafts', 'checklistDays'];

async function oldState(page: Page, settings: Settings) {
  await putStores(page, {
    settings: [{ id: 'current', value: settings, savedAt: 1 }],
    settingsBackups: [],
    posts: Array.from({ length: 200 }, (_, i) => post(i, 'old')),
    comments: Array.from({ length: 2_000 }, (_, i) => comment(i, 'old')),
    drafts: [
      {
        key: 'x:post:https://x.com/home#tab-1',
        network: 'x',
        kind: 'post',
        pageUrl: 'https://x.com/home',
        text: 'Kept',
        savedAt: NOW,
      },
    ],
    checklistDays: [{ day: '2026-03-05', ticks: { theme: true } }],
    restoreStaging: [],
  });
}

/** A backup's pages, as the options page sends them: 500 records each, one store at a time. */
function pagesOf(records: { posts: unknown[]; comments: unknown[] }) {
  const pages: { store: string; records: unknown[] }[] = [];
  for (const store of ['posts', 'comments'] as const) {
    for (let i = 0; i < records[store].length; i += 500)
      pages.push({ store, records: records[store].slice(i, i + 500) });
  }
  return pages;
}

test('fault: the worker stopped between the pages of a restore loses no page, and changes nothing until the commit', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(240_000);
  const options = await openExtensionPage(OPTIONS);
  const defaults = await request<Settings>(options, 'settings.get');
  const oldSettings: Settings = { ...structuredClone(defaults), retentionDays: 90 };
  const newSettings: Settings = { ...structuredClone(defaults), retentionDays: 30 };
  newSettings.brands[0].name = 'Restored brand';
  const backup = {
    posts: Array.from({ length: 300 }, (_, i) => post(i, 'new')),
    comments: Array.from({ length: 3_000 }, (_, i) => comment(i, 'new')),
  };
  const pages = pagesOf(backup);
  await oldState(options, oldSettings);
  const before = await fingerprints(options, watched);

  const { session } = await request<{ session: string }>(options, 'restore.begin');
  const half = Math.floor(pages.length / 2);
  for (const [seq, page] of pages.slice(0, half).entries()) {
    await request(options, 'restore.page', { session, seq, ...page });
  }
  await stopWorker(context, options);
  // All old while the pages wait; the staged ones are still in the database.
  expect(await fingerprints(options, watched)).toEqual(before);
  expect(await storedSettings(options)).toEqual(oldSettings);
  expect(await getAll(options, 'restoreStaging')).toHaveLength(half + 1);

  // A new worker takes the rest; the page the stop may have cut off is sent again, and counts once.
  for (const [seq, page] of pages.entries()) {
    if (seq >= half - 1) await request(options, 'restore.page', { session, seq, ...page });
  }
  const committed = await request<{ restored: boolean }>(options, 'restore.commit', {
    session,
    settings: newSettings,
    contents: { posts: 300, comments: 3_000 },
  });
  expect(committed.restored).toBe(true);
  const after = await fingerprints(options, watched);
  expect(after.posts).toMatch(/^300:/);
  expect(after.comments).toMatch(/^3000:/);
  // The stores the backup does not hold are as they were.
  expect(after.drafts).toBe(before.drafts);
  expect(after.checklistDays).toBe(before.checklistDays);
  expect(await storedSettings(options)).toEqual(newSettings);
  expect(await getAll(options, 'restoreStaging')).toEqual([]);

  // A restore given up after a stop leaves everything as it was, its pages dropped.
  await oldState(options, oldSettings);
  const second = await request<{ session: string }>(options, 'restore.begin');
  await request(options, 'restore.page', { session: second.session, seq: 0, ...pages[0] });
  await stopWorker(context, options);
  await request(options, 'restore.abort', { session: second.session });
  expect(await fingerprints(options, watched)).toEqual(before);
  expect(await getAll(options, 'restoreStaging')).toEqual([]);
});

test('fault: the worker stopped during a restore commit leaves all the old data or all the new', async ({
  context,
  openExtensionPage,
}) => {
  test.setTimeout(300_000);
  const options = await openExtensionPage(OPTIONS);
  const defaults = await request<Settings>(options, 'settings.get');
  const oldSettings: Settings = { ...structuredClone(defaults), retentionDays: 90 };
  const newSettings: Settings = { ...structuredClone(defaults), retentionDays: 30 };
  // Large enough that the commit, one transaction, takes the worker a while.
  const backup = {
    posts: Array.from({ length: 1_000 }, (_, i) => post(i, 'new')),
    comments: Array.from({ length: 20_000 }, (_, i) => comment(i, 'new')),
  };
  await oldState(options, oldSettings);
  const before = await fingerprints(options, watched);
  const { session } = await request<{ session: string }>(options, 'restore.begin');
  for (const [seq, page] of pagesOf(backup).entries()) {
    await request(options, 'restore.page', { session, seq, ...page });
  }
  const commit = { session, settings: newSettings, contents: { posts: 1_000, comments: 20_000 } };

  const outcomes: { moment: number; state: Record<string, string>; settings: unknown }[] = [];
  for (const moment of [0, 20, 50, 100, 200, 400, 800]) {
    await fire(options, 'restore.commit', commit);
    // The commit holds the restore lock from its first read to its last write.
    await expect.poll(() => lockHeld(options, RESTORE_LOCK), { timeout: 30_000, intervals: [5] }).toBe(true);
    await pause(options, moment);
    await stopWorker(context, options);
    const state = await fingerprints(options, watched);
    outcomes.push({ moment, state, settings: await storedSettings(options) });
    // Once a commit got through, the later stops have nothing left to cut.
    if (JSON.stringify(state) !== JSON.stringify(before)) break;
  }
  // If every stop cut the commit short, the staged pages are all still there for one more try
  // (unless a commit in flight at a stop was delivered again to the next worker, and got through).
  if (outcomes.every(({ state }) => JSON.stringify(state) === JSON.stringify(before))) {
    const last = await request<{ restored: boolean; problems?: { message: string }[] }>(
      options,
      'restore.commit',
      commit,
    );
    if (!last.restored)
      expect(last.problems).toEqual([expect.objectContaining({ message: 'errRestoreGone' })]);
  }
  const after = await fingerprints(options, watched);
  expect(after.comments).toMatch(/^20000:/);
  expect(after.posts).toMatch(/^1000:/);
  for (const { moment, state, settings } of outcomes) {
    const old = JSON.stringify(state) === JSON.stringify(before);
    test
      .info()
      .annotations.push({ type: 'stop', description: `${moment} ms after the lock: ${old ? 'old' : 'new'}` });
    expect(state, `${moment} ms`).toEqual(old ? before : after);
    expect(settings, `${moment} ms`).toEqual(old ? oldSettings : newSettings);
  }
  expect(await getAll(options, 'restoreStaging')).toEqual([]);
});
