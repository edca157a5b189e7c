import { expectedThreads } from '../fixtures/expected-threads';
import { fixtureSelectors } from '../fixtures/selectors';
import { askWith, changeSettings } from '../support/settings';
import { messenger, POPUP } from './extension-page';
import { inPanel, panelAttribute } from './panel';
import { expect, test } from './test';

test('X: comments awaiting the brand show in the panel; marking one answered reaches the popup', async ({
  openExtensionPage,
  openFixture,
}) => {
  const popup = await openExtensionPage(POPUP);
  const send = messenger(popup);
  await changeSettings(send, (settings) => {
    settings.brands[0].accounts.x = ['acmebrand'];
  });
  expect((await askWith(send, 'settings.get', {})).brands[0].accounts).toEqual({
    x: ['acmebrand'],
  });

  const page = await openFixture('x');
  await page.click(fixtureSelectors.x.composer);
  const awaiting = expectedThreads.x.comments.filter((comment) => !comment.answeredByBrand);
  const unanswered = 'section[data-section="unanswered"]';
  await expect.poll(() => panelAttribute(page, unanswered, 'data-count')).toBe(String(awaiting.length));
  for (const comment of awaiting) {
    await page.waitForSelector(inPanel(`${unanswered} [data-comment-id="x:${comment.id}"]`), {
      visible: true,
    });
  }

  const first = inPanel(`${unanswered} [data-comment-id="x:${awaiting[0].id}"]`);
  await page.click(`${first} [data-action="mark-answered"]`);
  await expect.poll(() => panelAttribute(page, unanswered, 'data-count')).toBe(String(awaiting.length - 1));
  await expect.poll(() => page.$(first)).toBeNull();

  // The popup, reopened, counts what the background stored.
  await popup.reload({ waitUntil: [] });
  await expect
    .poll(() =>
      popup.evaluate(
        () =>
          document
            .querySelector('[data-section="comments"] [data-network="x"]')
            ?.getAttribute('data-awaiting') ?? null,
      ),
    )
    .toBe(String(awaiting.length - 1));
});
