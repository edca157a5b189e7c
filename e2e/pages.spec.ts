import { expect, test } from './support/extension';

test('options edits brand name, own domains and a weekday theme; the popup shows them', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('src/ui/options/index.html');
  await options.getByLabel('Brand name').fill('Acme Coffee');
  await options.getByLabel('Own domains').fill('acme.example\nshop.acme.example');
  // Today's weekday in the browser's zone, which is the default business zone.
  const today = await options.evaluate(() =>
    new Intl.DateTimeFormat('en-US', { weekday: 'long' }).format(new Date()),
  );
  await options.getByLabel(`${today} hashtags`).fill('#AcmeDay #CoffeeTime');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved');

  const popup = await openExtensionPage('src/ui/popup/index.html');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Acme Coffee');
  await expect(popup.locator('[data-section="theme"] [data-hashtag]')).toHaveText([
    '#AcmeDay',
    '#CoffeeTime',
  ]);

  await options.reload();
  await expect(options.getByLabel('Own domains')).toHaveValue('acme.example\nshop.acme.example');
});

test('invalid settings are refused with each problem and its path, and nothing is saved', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage('src/ui/options/index.html');
  await options.getByLabel('Brand name').fill('Before');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toHaveText('Saved');

  await options.getByLabel('Brand name').fill('After');
  await options.getByLabel('Own domains').fill('good.example\nnot a domain!\nshop.example');
  await options.getByLabel('Monday hashtags').fill('#fine no-hash');
  await options.getByRole('button', { name: 'Save' }).click();
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('brands[0].ownDomains[1]: not a domain');
  await expect(alert).toContainText('weekdayThemes.monday.hashtags[1]: not a hashtag');

  const popup = await openExtensionPage('src/ui/popup/index.html');
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Before');
});

test('the popup shows today in the user language and zone', async ({ openExtensionPage }) => {
  const popup = await openExtensionPage('src/ui/popup/index.html');
  const expected = await popup.evaluate(() =>
    new Intl.DateTimeFormat(navigator.language, { weekday: 'long', day: 'numeric', month: 'long' }).format(
      new Date(),
    ),
  );
  await expect(popup.locator('[data-role="today"]')).toHaveText(expected);
});
