import type { Page } from 'puppeteer-core';
import type { Weekday } from '../../src/shared/weekdays';
import { askWith, changeSettings } from '../support/settings';
import { labelled, messenger, OPTIONS, POPUP } from './extension-page';
import { expect, test } from './test';

const statusText = (page: Page) =>
  page.evaluate(() => document.querySelector('[role="status"]')?.textContent);
const fieldValue = async (page: Page, label: string) =>
  (await labelled(page, label)).evaluate((input) => input.value);

test('the options page saves a brand handle and a daily cap, kept across a reload', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage(OPTIONS);
  await (await labelled(options, 'X handle')).type('@acme');
  const cap = await labelled(options, 'X daily cap');
  await cap.click({ count: 3 });
  await cap.type('2');
  await expect.poll(() => statusText(options)).toBe('Unsaved changes');
  await options.click('[data-action="save-settings"]');
  await expect.poll(() => statusText(options)).toBe('Saved');

  await options.reload({ waitUntil: [] });
  await expect.poll(() => fieldValue(options, 'X handle')).toBe('@acme');
  expect(await fieldValue(options, 'X daily cap')).toBe('2');
  const settings = await askWith(messenger(options), 'settings.get', {});
  expect(settings.brands[0].accounts).toEqual({ x: ['@acme'] });
  expect(settings.brands[0].cadence).toMatchObject({ x: { dailyCap: 2 } });
});

test("the popup shows today's checklist, and a saved cap change", async ({ openExtensionPage }) => {
  const popup = await openExtensionPage(POPUP);
  const checks = () =>
    popup.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-check]')].map((item) => [
          item.getAttribute('data-check'),
          item.getAttribute('data-done'),
        ]),
      ),
    );
  await expect
    .poll(async () => Object.keys(await checks()).sort())
    .toEqual(['cadence', 'comments', 'local-events', 'mix', 'theme', 'unusual-day']);
  const done = await checks();
  for (const value of Object.values(done)) expect(value).toMatch(/^(true|false)$/);
  expect(done.comments).toBe('true');

  // Today's theme, as the settings have it for the popup's own weekday.
  const send = messenger(popup);
  const themes = (await askWith(send, 'settings.get', {})).brands[0].weekdayThemes;
  const today = await popup.evaluate(
    () => ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][new Date().getDay()],
  );
  const shown = await popup.$$eval('[data-check="theme"] [data-hashtag]', (tags) =>
    tags.map((tag) => tag.getAttribute('data-hashtag')),
  );
  expect(shown).toEqual(themes[today as Weekday].hashtags);

  await changeSettings(send, (settings) => {
    settings.brands[0].cadence.x.dailyCap = 2;
  });
  await popup.reload({ waitUntil: [] });
  await expect
    .poll(() =>
      popup.evaluate(
        () =>
          document.querySelector('[data-check="cadence"] [data-network="x"]')?.getAttribute('data-left') ??
          null,
      ),
    )
    .toBe('2');
});
