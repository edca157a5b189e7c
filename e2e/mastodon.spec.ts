import type { BrowserContext } from '@playwright/test';
import { expect, test } from './support/extension';
import { OPTIONS, request } from './support/open-at';

// Playwright can't click the browser's permission prompt: the options page's request is stubbed
// (recording the origins asked for), and so is the worker's permission check, so the real
// registration through chrome.scripting runs.
/** The worker's permission checks say yes, on the worker running now. */
async function stubWorkerPermissions(context: BrowserContext): Promise<void> {
  const worker = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => {
    const permissions = chrome.permissions as unknown as Record<string, unknown>;
    permissions.contains = async () => true;
    permissions.remove = async () => true;
  });
}

test('adding an instance asks for its origin, saves it and registers the content script; removing undoes it', async ({
  context,
  openExtensionPage,
  serviceWorker,
}) => {
  await stubWorkerPermissions(context);
  const options = await openExtensionPage(OPTIONS);
  await options.evaluate(() => {
    const asked: unknown[] = [];
    (window as unknown as { asked: unknown[] }).asked = asked;
    (chrome.permissions as unknown as Record<string, unknown>).request = async (details: unknown) => {
      asked.push(details);
      return true;
    };
  });

  await options.getByLabel('Instance address').fill('Fosstodon.org/home');
  // A busy browser may have stopped and restarted the worker since: its stubs go with it.
  await stubWorkerPermissions(context);
  await options.getByRole('button', { name: 'Add instance' }).click();
  await expect(options.locator('[data-instance]')).toHaveText([/https:\/\/fosstodon\.org/]);
  expect(await options.evaluate(() => (window as unknown as { asked: unknown[] }).asked)).toEqual([
    { origins: ['https://fosstodon.org/*'] },
  ]);
  const settings = await request<{ mastodonInstances: string[] }>(options, 'settings.get');
  expect(settings.mastodonInstances).toEqual(['https://fosstodon.org']);

  const registered = () =>
    serviceWorker.evaluate(async () => {
      const scripts = await chrome.scripting.getRegisteredContentScripts();
      return { scripts, files: chrome.runtime.getManifest().content_scripts?.[0]?.js };
    });
  const after = await registered();
  expect(after.scripts).toEqual([
    expect.objectContaining({
      id: 'mastodon-fosstodon.org',
      matches: ['https://fosstodon.org/*'],
      js: after.files,
      runAt: 'document_idle',
    }),
  ]);

  await options.getByRole('button', { name: 'Remove “fosstodon.org”' }).click();
  await expect(options.locator('[data-instance]')).toHaveCount(0);
  expect((await registered()).scripts).toEqual([]);
  expect((await request<{ mastodonInstances: string[] }>(options, 'settings.get')).mastodonInstances).toEqual(
    [],
  );
});

test('a bad address or a refused permission adds nothing and says why', async ({ openExtensionPage }) => {
  const options = await openExtensionPage(OPTIONS);
  await options.evaluate(() => {
    (chrome.permissions as unknown as Record<string, unknown>).request = async () => false;
  });
  await options.getByLabel('Instance address').fill('http://');
  await options.getByRole('button', { name: 'Add instance' }).click();
  await expect(options.getByRole('alert')).toContainText(
    'mastodonInstances: not the https address of a server',
  );

  await options.getByLabel('Instance address').fill('mastodon.example');
  await options.getByRole('button', { name: 'Add instance' }).click();
  await expect(options.getByRole('alert')).toContainText('the browser did not grant access to this site');
  await expect(options.locator('[data-instance]')).toHaveCount(0);
});
