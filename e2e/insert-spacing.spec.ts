import { expect, test } from './support/extension';
import { fixturePages, fixtureText, serveFixtures, waitForFixture } from './support/fixtures';

test('Insert right after typing puts a space before the tag: the editor is read at click time', async ({
  context,
}) => {
  await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(fixturePages.x.url);
  await waitForFixture(page);
  await page.locator('[data-testid="tweetTextarea_0"]').click();
  const panel = page.getByRole('complementary', { name: 'SMM assistant' });
  // The panel has settled on a draft that ends with a space...
  await page.keyboard.type('Hello ');
  await expect(panel.locator('[data-role="character-count"]')).toHaveAttribute('data-count', '6');
  const insert = panel.locator('[data-section="suggestions"] [data-action="insert-hashtag"]').first();
  const hashtag = (await insert.getAttribute('data-hashtag')) as string;
  // ...and the user types a word and clicks Insert before it settles again.
  await page.keyboard.type('everyone');
  await insert.click();
  await expect.poll(() => fixtureText(page)).toBe(`Hello everyone ${hashtag}`);
});
