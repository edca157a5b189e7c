import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/extension';
import { OPTIONS, request } from './support/open-at';
import { plainComposerPage, servePage } from './support/pages';

/**
 * Nothing lost: a stored settings record that fails validation is shown in the options and
 * replaced only by the user's choice; a draft the extension cannot save says so in the panel.
 * Extension pages share the background's origin, so they reach its IndexedDB directly: that is
 * how these tests damage the record or the database, as a rollback or a bug would.
 */

type Path = (string | number)[];

/** Where the settings keep a field named `key` (the schema may move it), found in the settings. */
function pathTo(value: unknown, key: string, path: Path = []): Path | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const [name, inner] of Object.entries(value)) {
    const here = [...path, Array.isArray(value) ? Number(name) : name];
    if (name === key && !Array.isArray(value)) return here;
    const found = pathTo(inner, key, here);
    if (found) return found;
  }
  return null;
}

const pathText = (path: Path) =>
  path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index ? `.${key}` : key)).join('');

/** Writes `value` as the stored settings record, bypassing the background's checks. */
async function writeStoredSettings(page: Page, value: unknown): Promise<void> {
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('smm-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ id: 'current', value: record, savedAt: Date.now() });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

test('damaged settings are listed with their paths, refused on save, and repaired on request', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage(OPTIONS);
  await expect(options.getByRole('button', { name: 'Save', exact: true })).toBeVisible();
  const settings = await request<Record<string, unknown>>(options, 'settings.get');
  const zone = pathTo(settings, 'timeZone');
  expect(zone).not.toBeNull();
  const damaged = structuredClone(settings);
  let parent = damaged as Record<string | number, unknown>;
  for (const key of (zone as Path).slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[(zone as Path).at(-1) as string] = 'Mars/Olympus_Mons';
  damaged.leftByABug = true;
  await writeStoredSettings(options, damaged);

  await options.reload();
  const alert = options.locator('[data-section="damage"]');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert.getByRole('heading', { level: 2 })).toHaveText('Your saved settings could not be read');
  await expect(alert.locator(`li[data-path="${pathText(zone as Path)}"]`)).toContainText(
    `${pathText(zone as Path)}: not a time zone`,
  );
  await expect(alert.locator('li[data-path="leftByABug"]')).toContainText('leftByABug');
  // The rest of the page stays readable, filled with the repaired reading.
  await expect(options.getByLabel('X handle')).toBeVisible();
  const axe = await new AxeBuilder({ page: options }).include('[data-section="damage"]').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // Save without a choice: refused, said in the page's alert, nothing written.
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.locator('[data-role="errors"]')).toContainText('the saved settings could not be read');
  expect((await request<{ damaged: unknown }>(options, 'settings.health')).damaged).not.toBeNull();

  await alert.getByRole('button', { name: 'Repair and save' }).click();
  await expect(options.getByRole('status')).toHaveText('Settings repaired and saved');
  await expect(alert).toHaveCount(0);
  expect(await request(options, 'settings.health')).toMatchObject({
    damaged: null,
    backups: [{ reason: 'damaged', restorable: false }],
  });
  const repaired = await request<Record<string, unknown>>(options, 'settings.get');
  expect(repaired).toEqual({ ...settings });
  // Saving works again.
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByRole('status')).toHaveText('Saved');
});

test('a draft the extension cannot save shows a notice; the text stays, and saving resumes', async ({
  context,
  openExtensionPage,
}) => {
  await servePage(context, 'https://mastodon.social', plainComposerPage);
  const page = await context.newPage();
  await page.goto('https://mastodon.social/compose');
  const composer = page.getByLabel('Plain textarea');
  await composer.click();
  const panel = page.getByRole('complementary', { name: 'SMM assistant' });
  await expect(panel).toBeVisible();
  const notice = panel.locator('[data-notice="draft-save-failed"]');

  // A newer copy of the extension took the database to a later version, then was rolled back:
  // every open by this one fails (VersionError).
  const extensionPage = await openExtensionPage(OPTIONS);
  await extensionPage.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('smm-assistant', 1000);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      }),
  );

  await composer.pressSequentially('Our new roast is out');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('could not be saved');
  await expect(composer).toHaveValue('Our new roast is out');

  // The database is usable again: the next pause saves, and the notice goes.
  await extensionPage.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const deletion = indexedDB.deleteDatabase('smm-assistant');
        deletion.onerror = () => reject(deletion.error);
        deletion.onsuccess = () => resolve();
      }),
  );
  await composer.pressSequentially('!');
  await expect(notice).toHaveCount(0);
  await expect(composer).toHaveValue('Our new roast is out!');
});
