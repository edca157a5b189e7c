import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Settings } from '../src/shared/settings-schema';
import { expect, test } from './support/extension';
import { OPTIONS, request } from './support/open-at';
import { getAll, putStores } from './support/raw-db';
import { updateSettings } from './support/settings';

const NOW = Date.parse('2026-03-05T12:00:00Z');

const posts = Array.from({ length: 700 }, (_, i) => ({
  id: `x:${NOW - i}:h${i}`,
  network: 'x',
  brandId: 'brand-1',
  publishedAt: NOW - i * 60_000,
  format: 'text',
  hashtags: ['#Backup'],
  links: [],
  excerpt: `Post ${i}: “quotes”, commas, and a line\nbreak`,
  source: 'page',
}));
const comments = Array.from({ length: 40 }, (_, i) => ({
  id: `x:c${String(i).padStart(3, '0')}`,
  network: 'x',
  // Tracked comments carry their brand (a restore gives one to those that don't).
  brandId: 'brand-1',
  author: `fan${i}`,
  excerpt: `Question ${i}? 🍂`,
  writtenAt: NOW - i,
  firstSeenAt: NOW - i,
  pageUrl: 'https://x.com/acmebrand/status/1',
  status: 'awaiting',
  statusChangedAt: NOW,
  dueAt: NOW + i,
}));
/** As the store returns them: in key order. */
const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

const drafts = [
  {
    key: 'x:post:https://x.com/home#tab-7',
    network: 'x',
    kind: 'post',
    pageUrl: 'https://x.com/home',
    text: 'Unsent',
    savedAt: NOW,
  },
];
const checklistDays = [{ day: '2026-03-05', ticks: { theme: true } }];

async function backUp(options: Page, records: number): Promise<string> {
  const download = options.waitForEvent('download');
  await options.locator('[data-action="backup-everything"]').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^smm-assistant-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(options.getByRole('status')).toHaveText(`Backed up: ${records} records`);
  return readFile((await file.path())!, 'utf8');
}

async function restore(options: Page, name: string, text: string) {
  await options
    .locator('[data-action="restore-backup"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(options.getByRole('group', { name: /Restore “/ })).toContainText('replaces your settings');
  await options.locator('[data-action="confirm-restore"]').click();
}

test('back up everything, change it all, restore: everything is back, and a second backup is the same file', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage(OPTIONS);
  await updateSettings(options, (settings) => {
    settings.brands[0].name = 'Backed up brand';
  });
  await putStores(options, { posts, comments, drafts, checklistDays });
  await options.reload();
  await expect(options.getByLabel('Brand name')).toHaveValue('Backed up brand');

  const first = await backUp(options, 742);
  const file = JSON.parse(first);
  expect(file).toMatchObject({
    format: 'smm-assistant-backup',
    version: 1,
    contents: { posts: 700, comments: 40, drafts: 1, checklistDays: 1 },
    settings: { brands: [{ name: 'Backed up brand' }] },
  });
  const before = await request<Settings>(options, 'settings.get');

  await updateSettings(options, (settings) => {
    settings.brands[0].name = 'Changed since';
  });
  await putStores(options, { posts: posts.slice(0, 3), comments: [], drafts: [], checklistDays: [] });

  await restore(options, 'backup.json', first);
  await expect(options.getByRole('status')).toHaveText('Restored: 742 records');
  await expect(options.getByLabel('Brand name')).toHaveValue('Backed up brand');
  expect(await request(options, 'settings.get')).toEqual(before);
  expect(await getAll(options, 'posts')).toEqual(byId(posts));
  expect(await getAll(options, 'comments')).toEqual(comments);
  expect(await getAll(options, 'drafts')).toEqual(drafts);
  expect(await getAll(options, 'checklistDays')).toEqual(checklistDays);

  const second = await backUp(options, 742);
  const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '');
  expect(withoutTime(second)).toBe(withoutTime(first));
});

test('a backup with a bad record restores nothing and says where', async ({ openExtensionPage }) => {
  const options = await openExtensionPage(OPTIONS);
  await putStores(options, { posts: posts.slice(0, 10), comments });
  const file = JSON.parse(await backUp(options, 50));
  file.stores.comments[3].status = 'lost';
  await putStores(options, { posts: posts.slice(10, 12), comments: [] });

  await restore(options, 'bad.json', JSON.stringify(file, null, 2));
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('Nothing was restored from bad.json');
  await expect(alert).toContainText('stores.comments[3].status');
  expect(await getAll(options, 'posts')).toEqual(byId(posts.slice(10, 12)));
  expect(await getAll(options, 'comments')).toEqual([]);
  expect(await getAll(options, 'restoreStaging')).toEqual([]);
});

test('a settings file over 1 MB is not read: the error names the limit, and nothing changes', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage(OPTIONS);
  const before = await request<Settings>(options, 'settings.get');
  const huge = JSON.stringify({ ...before, padding: 'x'.repeat(1_200_000) });
  await options
    .locator('[data-action="import-settings"]')
    .setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.from(huge) });
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported from huge.json');
  await expect(alert).toContainText('more than the 1 MB a settings file may be');
  expect(await request(options, 'settings.get')).toEqual(before);
});
