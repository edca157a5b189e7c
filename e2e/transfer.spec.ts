import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { SETTINGS_VERSION } from '../src/shared/settings-schema';
import { v1Settings } from '../src/shared/settings-test-fixtures';
import { expect, test } from './support/extension';
import { OPTIONS, request } from './support/open-at';

// Files are built by hand here, wrong types included: the settings are loosely typed on purpose.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnySettings = Record<string, any>;

const importFile = (page: Page, name: string, text: string) =>
  page
    .locator('[data-action="import-settings"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

const fileOf = (settings: AnySettings, version = settings.version) =>
  JSON.stringify({
    format: 'smm-assistant-settings',
    version,
    exportedAt: new Date().toISOString(),
    settings,
  });

test('import: a valid file, an older version, and three broken files that change nothing', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage(OPTIONS);
  const original = await request<AnySettings>(options, 'settings.get');

  const valid = structuredClone(original);
  valid.brands[0].name = 'Imported brand';
  await importFile(options, 'valid.json', fileOf(valid));
  await expect(options.getByRole('status')).toHaveText('Settings imported');
  await expect(options.getByLabel('Brand name')).toHaveValue('Imported brand');

  // Version 1, as the first release wrote it: one switch for all reminders, everything shared by the
  // brands; migrated on import.
  const v1 = v1Settings(false);
  (v1.brands as AnySettings[])[1].name = 'Old brand';
  await importFile(options, 'old.json', fileOf(v1, 1));
  await expect(options.getByRole('status')).toHaveText('Settings imported');
  await expect(options.getByLabel('Brand name')).toHaveValue('Old brand');
  await expect(options.getByLabel('When a comment is overdue')).not.toBeChecked();
  const migrated = await request<AnySettings>(options, 'settings.get');
  expect(migrated.version).toBe(SETTINGS_VERSION);
  expect(migrated.notifications).toEqual({ dueSoon: false, overdue: false });

  const alert = options.getByRole('alert');
  await importFile(options, 'bad.json', '{ "format": "smm-assistant-settings", ');
  await expect(alert).toContainText('Nothing was imported from bad.json');
  await expect(alert).toContainText('the file is not valid JSON');

  const wrongTypes = structuredClone(migrated);
  wrongTypes.retentionDays = 'forever';
  wrongTypes.brands[0].ownDomains = ['good.example', 42];
  await importFile(options, 'types.json', fileOf(wrongTypes));
  await expect(alert).toContainText('retentionDays: wrong type');
  await expect(alert).toContainText('brands[0].ownDomains[1]: wrong type');

  const shares = structuredClone(migrated);
  shares.brands[1].mix.formats.text = 50;
  shares.brands[0].name = 'Should not land';
  await importFile(options, 'shares.json', fileOf(shares));
  await expect(alert).toContainText('brands[1].mix.formats: the shares must add up to 100');
  await expect(alert).not.toContainText('retentionDays');

  expect(await request(options, 'settings.get')).toEqual(migrated);
  await expect(options.getByLabel('Brand name')).toHaveValue('Old brand');
});

test('export then import round-trips exactly', async ({ openExtensionPage }) => {
  const options = await openExtensionPage(OPTIONS);
  await options.getByLabel('Brand name').fill('Round trip');
  await options.getByLabel('X handle').fill('@round');
  await options.getByRole('button', { name: 'Add a task' }).click();
  await options.getByLabel('Task 1').fill('Check mentions');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved');
  const saved = await request<AnySettings>(options, 'settings.get');

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export settings' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^smm-assistant-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await file.path())!, 'utf8');
  const exported = JSON.parse(text);
  expect(exported).toMatchObject({ format: 'smm-assistant-settings', version: SETTINGS_VERSION });
  expect(Number.isNaN(Date.parse(exported.exportedAt))).toBe(false);
  expect(exported.settings).toEqual(saved);

  await options.getByLabel('Brand name').fill('Changed since');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved');
  await importFile(options, 'export.json', text);
  await expect(options.getByRole('status')).toHaveText('Settings imported');
  expect(await request(options, 'settings.get')).toEqual(saved);
  await expect(options.getByLabel('Brand name')).toHaveValue('Round trip');
});

test('the publishing log and comments export as JSON and CSV, and clear', async ({ openExtensionPage }) => {
  const options = await openExtensionPage(OPTIONS);
  await request(options, 'posts.log', {
    post: {
      id: 'manual:1',
      network: 'x',
      brandId: 'brand-1',
      publishedAt: Date.parse('2026-03-05T10:00:00Z'),
      format: 'image',
      category: 'promo',
      hashtags: ['#Sale'],
      links: [],
      excerpt: 'Half price, "today" only',
      source: 'manual',
    },
  });
  const exportAs = async (action: string) => {
    const download = options.waitForEvent('download');
    await options.locator(`[data-action="${action}"]`).click();
    return readFile((await (await download).path())!, 'utf8');
  };
  const csv = await exportAs('export-posts-csv');
  expect(csv.split('\r\n')[0]).toBe(
    'id,network,brandId,publishedAt,format,category,hashtags,links,excerpt,source',
  );
  expect(csv).toContain(
    'manual:1,x,brand-1,2026-03-05T10:00:00.000Z,image,promo,#Sale,,"Half price, ""today"" only",manual',
  );
  expect(JSON.parse(await exportAs('export-posts-json'))).toHaveLength(1);
  expect(JSON.parse(await exportAs('export-comments-json'))).toEqual([]);
  expect((await exportAs('export-comments-csv')).split('\r\n')[0]).toMatch(/^id,network,author,excerpt/);

  await options.locator('[data-action="clear-posts"]').click();
  await options.locator('[data-action="confirm-clear-posts"]').click();
  await expect(options.getByRole('status')).toHaveText('Deleted: 1 records');
  expect(JSON.parse(await exportAs('export-posts-json'))).toEqual([]);
});
