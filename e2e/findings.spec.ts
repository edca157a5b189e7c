import type { Page } from '@playwright/test';
import type { Weekday } from '../src/shared/weekdays';
import { expect, test } from './support/extension';
import { fixturePages, serveFixtures, waitForFixture } from './support/fixtures';
import { updateSettings } from './support/settings';

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'SMM assistant' });
const finding = (page: Page, id: string) => panelOf(page).locator(`[data-finding="${id}"]`);

async function clearComposer(page: Page) {
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
}

test('findings appear and disappear as the draft changes (X reply)', async ({
  context,
  openExtensionPage,
}) => {
  const extensionPage = await openExtensionPage('src/ui/popup/index.html');
  await updateSettings(extensionPage, (settings) => {
    settings.brands[0].ownDomains = ['acme.example'];
  });
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.x.url);
  await waitForFixture(page);
  await page.locator('[data-testid="tweetTextarea_0"]').click();

  await test.step('an external link and a shortener are flagged, naming the domain', async () => {
    await page.keyboard.type('See https://bit.ly/3xYz and example.org/shop for more');
    await expect(finding(page, 'links.shortener')).toBeVisible();
    await expect(finding(page, 'links.shortener')).toHaveAttribute('data-severity', 'warn');
    await expect(finding(page, 'links.external')).toContainText('example.org');
  });

  await test.step("a link to the brand's own domain is not", async () => {
    await clearComposer(page);
    await page.keyboard.type('Our new shop: shop.acme.example/autumn');
    await expect(panelOf(page).locator('[data-role="character-count"]')).toHaveAttribute('data-count', '38');
    await expect(finding(page, 'links.external')).toHaveCount(0);
    await expect(finding(page, 'links.shortener')).toHaveCount(0);
  });

  await test.step('an angry reply is flagged with the words found; a calm one is not', async () => {
    await clearComposer(page);
    await page.keyboard.type('THIS IS YOUR FAULT!!! Stupid question');
    await expect(finding(page, 'tone.reply').first()).toBeVisible();
    await expect(finding(page, 'tone.reply').filter({ hasText: 'Stupid' })).toHaveAttribute(
      'data-severity',
      'error',
    );
    await clearComposer(page);
    await page.keyboard.type('Thank you for telling us. We are sorry about the delay and will fix it today.');
    await expect(panelOf(page).locator('[data-role="character-count"]')).toHaveAttribute('data-count', '77');
    await expect(finding(page, 'tone.reply')).toHaveCount(0);
  });

  await test.step('a draft over the limit is an error with the count and the limit', async () => {
    await clearComposer(page);
    await page.keyboard.insertText('a'.repeat(290));
    await expect(finding(page, 'length.over')).toHaveAttribute('data-severity', 'error');
    await expect(finding(page, 'length.over')).toContainText('280');
    await page.keyboard.press('Backspace');
    for (let i = 0; i < 20; i++) await page.keyboard.press('Backspace');
    await expect(finding(page, 'length.over')).toHaveCount(0);
  });
});

test('too many hashtags in an Instagram caption, and the theme hashtag missing', async ({
  context,
  openExtensionPage,
}) => {
  const extensionPage = await openExtensionPage('src/ui/popup/index.html');
  // Today's weekday theme gets a tag of our own, whatever day the test runs.
  const today = await extensionPage.evaluate(
    () => ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][new Date().getDay()],
  );
  await updateSettings(extensionPage, (settings) => {
    settings.brands[0].weekdayThemes[today as Weekday].hashtags = ['#AcmeToday'];
  });
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.instagram.url);
  await waitForFixture(page);
  await page.locator('[aria-label="New post"]').click();
  await page.locator('[role="dialog"] div[aria-label="Write a caption..."][contenteditable="true"]').click();
  await page.keyboard.type('New in store #one #two #three #four #five #six');
  await expect(finding(page, 'hashtags.too-many')).toBeVisible();
  await expect(
    finding(page, 'theme.missing').locator('[data-action="insert-hashtag"][data-hashtag="#AcmeToday"]'),
  ).toBeVisible();
  // Once the theme tag is in, it is no longer suggested as missing.
  await finding(page, 'theme.missing')
    .locator('[data-action="insert-hashtag"][data-hashtag="#AcmeToday"]')
    .click();
  await expect(finding(page, 'theme.missing')).toHaveCount(0);
  await expect(finding(page, 'links.platform')).toHaveCount(0);
  await page.keyboard.type(' example.com');
  await expect(finding(page, 'links.platform')).toBeVisible();
});
