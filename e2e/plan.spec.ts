/**
 * Issue 15: every brand its own plan. Two brands with different themes on the same day get
 * different suggestions; an idea pinned for today in the options is one click from X's composer;
 * a saved answer with `{name}` lands in Mastodon's reply composer with the commenter's name.
 */
import type { Page } from '@playwright/test';
import type { Settings } from '../src/shared/settings-schema';
import { weekdays } from '../src/shared/weekdays';
import { fixtureSelectors } from './fixtures/selectors';
import { expect, test } from './support/extension';
import { fixturePages, fixtureText, serveFixtures, waitForFixture } from './support/fixtures';
import { OPTIONS, POPUP } from './support/open-at';
import { updateSettings } from './support/settings';

const panelOf = (page: Page) => page.locator('smm-assistant [role="complementary"]');

/** Every weekday themed `#<prefix><Weekday>`, so each brand's theme is known whatever the day. */
function themed(prefix: string): Settings['brands'][number]['weekdayThemes'] {
  return Object.fromEntries(
    weekdays.map((day) => [
      day,
      { hashtags: [`#${prefix}${day[0].toUpperCase()}${day.slice(1)}`], idea: '' },
    ]),
  ) as Settings['brands'][number]['weekdayThemes'];
}

/** Two brands in UTC, so the test and the extension agree on "today". */
async function twoBrands(page: Page) {
  await updateSettings(page, (settings) => {
    const first = settings.brands[0];
    first.name = 'Acme';
    first.businessHours.timeZone = 'UTC';
    first.weekdayThemes = themed('Acme');
    settings.brands.push({
      ...structuredClone(first),
      id: 'lune',
      name: 'Café Lune',
      weekdayThemes: themed('Lune'),
    });
  });
}

async function openX(page: Page) {
  await page.goto(fixturePages.x.url);
  await waitForFixture(page);
  await page.locator(fixtureSelectors.x.composer).first().click();
}

test('two brands with different themes on the same day get different suggestions', async ({
  context,
  openExtensionPage,
}) => {
  const extensionPage = await openExtensionPage(POPUP);
  await twoBrands(extensionPage);
  await serveFixtures(context);
  const page = await context.newPage();
  await openX(page);
  const weekday = weekdays[await page.evaluate(() => new Date().getUTCDay())];
  const day = `${weekday[0].toUpperCase()}${weekday.slice(1)}`;
  const offered = panelOf(page).locator('[data-section="suggestions"] [data-action="insert-hashtag"]');
  await expect(offered.first()).toBeVisible();
  await expect(panelOf(page).locator(`[data-hashtag="#Acme${day}"]`)).toHaveCount(1);
  await expect(panelOf(page).locator(`[data-hashtag="#Lune${day}"]`)).toHaveCount(0);

  await updateSettings(extensionPage, (settings) => {
    settings.activeBrandId = 'lune';
  });
  await expect(panelOf(page).locator(`[data-hashtag="#Lune${day}"]`)).toHaveCount(1);
  await expect(panelOf(page).locator(`[data-hashtag="#Acme${day}"]`)).toHaveCount(0);

  // The options' week shows each brand its own theme for today.
  const options = await openExtensionPage(OPTIONS);
  const today = options.locator('[data-section="plan-week"] [data-date]').first();
  await expect(today.locator('[data-role="theme"]')).toHaveText(`#Lune${day}`);
});

test('an idea pinned for today in the options is inserted in the X composer', async ({
  context,
  openExtensionPage,
}) => {
  const extensionPage = await openExtensionPage(POPUP);
  await twoBrands(extensionPage);
  const idea = 'Quiz du mardi : quel croissant ? 🥐';
  const options = await openExtensionPage(OPTIONS);
  const today = options.locator('[data-section="plan-week"] [data-date]').first();
  await expect(today).toHaveAttribute('data-gap', 'true');
  const form = today.locator('[data-pin-form]');
  await form.getByLabel(/^Network for/).selectOption('x');
  await form.getByLabel(/^Kind of post for/).selectOption('question');
  await form.getByLabel(/^Idea for/).fill(idea);
  await form.locator('[data-action="pin-idea"]').click();
  await expect(today.locator('[data-plan-item]')).toContainText(idea);
  await expect(today).toHaveAttribute('data-gap', 'false');
  await expect(today.locator('[data-network="x"]').first()).toHaveAttribute('data-pinned', '1');

  await serveFixtures(context);
  const page = await context.newPage();
  await openX(page);
  const planned = panelOf(page).locator('[data-section="planned"]');
  await planned.locator('[data-action="insert-idea"]').click();
  await expect.poll(() => fixtureText(page)).toBe(idea);

  // Done in the options: the panel stops offering it.
  await today.locator('[data-action="plan-done"]').check();
  await expect(today.locator('[data-plan-item]')).toHaveAttribute('data-done', 'true');
  await page.keyboard.type(' !');
  await expect(planned.locator('[data-action="insert-idea"]')).toHaveCount(0);
});

test('a saved answer with {name} lands in the Mastodon reply composer with the commenter’s name', async ({
  context,
  openExtensionPage,
}) => {
  const extensionPage = await openExtensionPage(POPUP);
  await updateSettings(extensionPage, (settings) => {
    const brand = settings.brands[0];
    brand.name = 'Acme';
    brand.accounts.mastodon = ['acmebrand@mastodon.social'];
    brand.answers = [
      {
        id: 'patience',
        category: 'other',
        title: 'Patience',
        text: 'Bonjour {name}, merci de votre patience ! — {brand}',
      },
      { id: 'site', category: 'other', title: 'Site', text: 'Tout est sur {link}, {name}.' },
    ];
  });
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.mastodon.url);
  await waitForFixture(page);
  await page.locator(fixtureSelectors.mastodon.composer).first().click();

  const bob = panelOf(page).locator('[data-comment-id="mastodon:1122334503"]');
  // No own domain: {link} can't be filled, and says so.
  await expect(bob.locator('[data-answer-id="site"] [data-unfilled]')).toHaveAttribute(
    'data-unfilled',
    '{link}',
  );
  await bob.locator('button[data-answer-id="patience"]').click();
  await expect.poll(() => fixtureText(page)).toBe('Bonjour bob, merci de votre patience ! — Acme');
});

test('the options point out an answer’s unbalanced braces, unknown placeholders and excess length', async ({
  openExtensionPage,
}) => {
  const options = await openExtensionPage(OPTIONS);
  await options.locator('[data-action="add-answer"]').click();
  const answer = options.locator('[data-section="answers"] [data-answer]').last();
  const text = answer.getByLabel(/^Text of/);
  await text.fill('Bonjour {name, merci !');
  await expect(options.getByRole('alert')).toContainText('a brace is not closed or not opened');
  await expect(text).toHaveAttribute('aria-invalid', 'true');

  await text.fill(`Bonjour {prénom} ${'a'.repeat(300)}`);
  await expect(text).not.toHaveAttribute('aria-invalid', 'true');
  await expect(answer.locator('[data-unknown-placeholders]')).toHaveAttribute(
    'data-unknown-placeholders',
    '{prénom}',
  );
  await expect(answer.locator('[data-over-limit]')).toContainText('Bluesky');
  await expect(answer.locator('[data-over-limit]')).toContainText('X (');
});
