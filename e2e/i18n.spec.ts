import { expect, test } from './support/extension';

const cases = [
  {
    locale: 'fr',
    brandName: 'Nom de la marque',
    save: 'Enregistrer',
    checklist: 'Liste du jour',
    account: 'Compte X',
  },
  {
    locale: 'ru',
    brandName: 'Название бренда',
    save: 'Сохранить',
    checklist: 'План на сегодня',
    account: 'Аккаунт X',
  },
];

for (const expected of cases) {
  test.describe(`in ${expected.locale}`, () => {
    test.use({ locale: expected.locale });

    test('the options page and the popup speak the browser language', async ({ openExtensionPage }) => {
      const options = await openExtensionPage('src/ui/options/index.html');
      await expect(options.locator('html')).toHaveAttribute('lang', new RegExp(`^${expected.locale}`));
      await expect(options.getByLabel(expected.brandName)).toBeVisible();
      await expect(options.getByLabel(expected.account, { exact: true })).toBeVisible();
      await expect(options.getByRole('button', { name: expected.save, exact: true })).toBeVisible();

      const popup = await openExtensionPage('src/ui/popup/index.html');
      await expect(popup.getByRole('heading', { name: expected.checklist })).toBeVisible();
      // Dates follow the language too (Intl): the weekday is written in it.
      const weekday = await popup.evaluate(
        (lang) => new Intl.DateTimeFormat(lang, { weekday: 'long' }).format(new Date()),
        expected.locale,
      );
      await expect(popup.locator('[data-role="today"]')).toContainText(weekday);
    });
  });
}
