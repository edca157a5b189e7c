import { expect, test } from './support/extension';
import { servePage } from './support/pages';
import { updateSettings } from './support/settings';

// X's page as it might look after a redesign: a visible composer none of the adapter's selectors know.
const changedX = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head><body>
<main role="main"><div class="new-layout"><div contenteditable="true" class="composer-2027" aria-label="Say something"></div></div></main>
</body></html>`;

test('a page that no longer matches the adapter says so, and the debug switch logs the selectors', async ({
  context,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('src/ui/options/index.html');
  await options.getByLabel('Log which page selectors matched (for reporting a page that changed)').check();
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved');
  await updateSettings(options, () => {});

  await servePage(context, 'https://x.com', changedX);
  const page = await context.newPage();
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('selectors matched')) logged.push(message.text());
  });
  await page.goto('https://x.com/home');
  await page.getByLabel('Say something').click();
  const notice = page
    .getByRole('complementary', { name: 'SMM assistant' })
    .locator('[data-notice="page-changed-composer"]');
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(notice).toContainText('This page changed');
  await expect.poll(() => logged.length).toBeGreaterThan(0);
});
