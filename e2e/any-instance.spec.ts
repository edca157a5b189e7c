import { expect, test } from './support/extension';
import { fixtureText, serveFixtureAt, waitForFixture } from './support/fixtures';
import { buildGrantedFor } from './support/granted-build';
import { OPTIONS, request } from './support/open-at';

const INSTANCE = 'https://fosstodon.org';

// The browser's permission prompt can't be clicked from a test: this copy of the build holds the
// instance's permission from install, so the options page's request is answered yes, for real.
test.use({ extensionDir: buildGrantedFor([INSTANCE]) });

test('a Mastodon instance added in the options gets the panel, a finding and a working Insert', async ({
  context,
  openExtensionPage,
}) => {
  const options = await openExtensionPage(OPTIONS);
  await options.getByLabel('Instance address').fill('fosstodon.org');
  await options.getByRole('button', { name: 'Add instance' }).click();
  await expect(options.locator('[data-instance]')).toHaveText([/https:\/\/fosstodon\.org/]);
  expect((await request<{ mastodonInstances: string[] }>(options, 'settings.get')).mastodonInstances).toEqual(
    [INSTANCE],
  );

  await serveFixtureAt(context, 'mastodon', INSTANCE);
  const page = await context.newPage();
  await page.goto(`${INSTANCE}/@acmebrand/1122334455`);
  await waitForFixture(page);
  await page.locator('form.compose-form textarea.autosuggest-textarea__textarea').first().click();

  const panel = page.getByRole('complementary', { name: 'SMM assistant' });
  await expect(panel).toBeVisible();
  await page.keyboard.type('Read more at example.org/story');
  await expect(panel.locator('[data-finding="links.external"]')).toContainText('example.org');

  const insert = panel.locator('[data-section="suggestions"] [data-action="insert-hashtag"]').first();
  const hashtag = (await insert.getAttribute('data-hashtag')) as string;
  await insert.click();
  await expect.poll(() => fixtureText(page)).toBe(`Read more at example.org/story ${hashtag}`);
});
