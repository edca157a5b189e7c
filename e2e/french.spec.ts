/**
 * Issue 14, point 7: French first. In a French Chromium (`--lang=fr`) a new brand gets the French
 * weekday themes, the panel offers today's and inserts it; the popup shows the brand's country's
 * holidays on their day, moving feasts included; a Canadian-English brand gets its own Thanksgiving.
 */
import type { Page } from '@playwright/test';
import { themesFor } from '../src/shared/theme-sets';
import { weekdays } from '../src/shared/weekdays';
import { expect, test } from './support/extension';
import { fixturePages, fixtureText, serveFixtures, waitForFixture } from './support/fixtures';
import { OPTIONS, openAt, POPUP } from './support/open-at';
import { ask, updateSettings } from './support/settings';

test.use({ locale: 'fr' });

/** Where the brand is, in what language, and the zone its days are counted in. */
async function brandIn(page: Page, place: { language: 'en' | 'fr'; country: string; timeZone: string }) {
  await updateSettings(page, (settings) => {
    const brand = settings.brands[0];
    brand.language = place.language;
    brand.country = place.country;
    brand.businessHours.timeZone = place.timeZone;
  });
}

/** The popup's row for the holiday or unusual day named `name`, on the day its clock says. */
async function dayRow(popup: Page, name: string) {
  const row = popup.locator('[data-check="unusual-day"] [data-day]').filter({ hasText: name });
  // The worker computes a year's holidays in its offscreen document the first time it is asked.
  await expect(row).toHaveCount(1, { timeout: 30_000 });
  return row;
}

test("the panel offers today's French theme and inserts it", async ({ context }) => {
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.x.pages.home.url);
  await waitForFixture(page);
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
  await page.keyboard.type('Bonjour à tous ');

  const panel = page.locator('smm-assistant [role="complementary"]');
  const offered = panel.locator('[data-section="suggestions"] [data-action="insert-hashtag"]');
  await expect(offered.first()).toBeVisible();
  const weekday = weekdays[await page.evaluate(() => new Date().getDay())];
  const french = themesFor('fr')[weekday].hashtags;
  const english = themesFor('en')[weekday].hashtags;
  const tags = await offered.evaluateAll((buttons) => buttons.map((button) => button.dataset.hashtag ?? ''));
  expect(tags.filter((tag) => french.includes(tag)).length, `${tags} offers ${french}`).toBeGreaterThan(0);
  expect(tags.filter((tag) => english.includes(tag))).toEqual([]);
  // The label names the weekday in French.
  const label = new Intl.DateTimeFormat('fr', { weekday: 'long' }).format(new Date());
  await expect(panel.locator('[data-section="suggestions"] [data-kind="theme"]').first()).toContainText(
    label,
  );

  const tag = tags.find((candidate) => french.includes(candidate)) as string;
  await panel
    .locator(`[data-section="suggestions"] [data-action="insert-hashtag"][data-hashtag="${tag}"]`)
    .click();
  await expect.poll(() => fixtureText(page)).toContain(tag);
  await expect(panel.locator(`[data-section="suggestions"] [data-added-hashtag="${tag}"]`)).toBeVisible();
});

test('a French brand sees Pâques on Easter Sunday 2027 and la Fête des mères on 30 May', async ({
  context,
  extensionId,
}) => {
  await brandIn(await openAt(context, extensionId, POPUP, '2027-03-01T12:00:00Z'), {
    language: 'fr',
    country: 'FR',
    timeZone: 'Europe/Paris',
  });

  const easter = await openAt(context, extensionId, POPUP, '2027-03-28T12:00:00Z');
  await expect(await dayRow(easter, 'Pâques')).toContainText('#Pâques');
  await expect(easter.locator('[data-section="week"] [data-date="2027-03-29"]')).toContainText(
    'Lundi de Pâques',
  );

  const mothers = await openAt(context, extensionId, POPUP, '2027-05-30T12:00:00Z');
  await expect(await dayRow(mothers, 'Fête des mères')).toContainText('#FêteDesMères');
  // Six days before, the week ahead has it on its day (it moves with Pentecost), today not.
  const before = await openAt(context, extensionId, POPUP, '2027-05-24T12:00:00Z');
  await expect(before.locator('[data-section="week"] [data-date="2027-05-30"]')).toContainText(
    'Fête des mères',
    { timeout: 30_000 },
  );
  await expect(before.locator('[data-check="unusual-day"]')).not.toContainText('Fête des mères');
});

test('a Canadian-English brand sees Thanksgiving on the second Monday of October', async ({
  context,
  extensionId,
}) => {
  await brandIn(await openAt(context, extensionId, POPUP, '2027-10-01T16:00:00Z'), {
    language: 'en',
    country: 'CA',
    timeZone: 'America/Toronto',
  });
  const thanksgiving = await openAt(context, extensionId, POPUP, '2027-10-11T16:00:00Z');
  await expect(await dayRow(thanksgiving, 'Thanksgiving')).toContainText('#Thanksgiving');
  // The interface stays French: the date is written in French, the holiday in the brand's language.
  await expect(thanksgiving.locator('[data-role="today"]')).toHaveText('lundi 11 octobre');
});

test("the options show the brand's regions; another country's days come only when ticked", async ({
  context,
  extensionId,
}) => {
  const setup = await openAt(context, extensionId, POPUP, '2026-11-30T12:00:00Z');
  await brandIn(setup, { language: 'fr', country: 'FR', timeZone: 'Europe/Paris' });
  const ideas = (popup: Page) => popup.locator('[data-check="unusual-day"]');

  // 30 November: the French brand was offered Scotland's and Barbados's days.
  const before = await openAt(context, extensionId, POPUP, '2026-11-30T12:00:00Z');
  await dayRow(before, 'Journée de la sécurité informatique');
  await expect(ideas(before)).not.toContainText('Barbade');
  await expect(ideas(before)).not.toContainText('saint André');

  const options = await openAt(context, extensionId, OPTIONS, '2026-11-30T12:00:00Z');
  const regions = options.locator('[data-section="days"] [data-role="regions"]');
  const shown = regions.locator('[data-role="regions-shown"]');
  for (const region of ['international', 'FR', 'EU']) {
    await expect(shown.locator(`[data-region="${region}"] input`)).toBeChecked();
  }
  await expect(shown.locator('[data-region="BB"]')).toHaveCount(0);
  const others = regions.locator('[data-role="regions-other"]');
  await expect(others).not.toHaveAttribute('open');
  await others.locator('summary').click();
  await others.locator('[data-region="BB"] input').check();
  await expect(others.locator('summary')).toHaveText('Autres pays (affichés : 1)');
  await options.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(options.getByRole('status')).toHaveText('Enregistré');
  const saved = await ask(options, 'settings.get', {});
  expect(saved.brands[0]).toMatchObject({ enabledRegions: ['BB'], disabledRegions: [] });

  const after = await openAt(context, extensionId, POPUP, '2026-11-30T12:00:00Z');
  await dayRow(after, 'Barbade');
  await expect(ideas(after)).not.toContainText('saint André');
});
