import { expect, test } from './support/extension';
import { request } from './support/open-at';
import { plainComposerPage, servePage } from './support/pages';

test('the service worker stopped mid-use answers the next message with nothing lost', async ({
  context,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('src/ui/options/index.html');
  await options.getByLabel('Brand name').fill('Survives restarts');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved');

  await servePage(context, 'https://mastodon.social', plainComposerPage);
  const page = await context.newPage();
  await page.goto('https://mastodon.social/home');
  await page.getByLabel('Plain textarea').click();
  const panel = page.getByRole('complementary', { name: 'SMM assistant' });
  await panel.locator('[data-action="toggle-collapsed"]').click();
  await expect(panel).toHaveAttribute('data-collapsed', 'true');
  // The panel collapses at once and saves after: stop the worker only once the write is durable.
  await expect
    .poll(
      async () => (await request<{ value: unknown }>(options, 'prefs.get', { key: 'panelCollapsed' })).value,
    )
    .toBe(true);

  const cdp = await context.newCDPSession(options);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  // The next messages wake a new worker, which reads everything from IndexedDB.
  const popup = await openExtensionPage('src/ui/popup/index.html');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Survives restarts');
  await page.reload();
  await page.getByLabel('Plain textarea').click();
  await expect(panel).toHaveAttribute('data-collapsed', 'true');
});
