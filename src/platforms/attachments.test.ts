// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { adapter as bluesky } from './bluesky';
import { loadPage } from './test-page';
import { adapter as x } from './x';

const blueskyComposer = (previews: string) => `
  <div role="dialog"><div data-testid="composePostView">
    <div class="ProseMirror" contenteditable="true"><p>Hello</p></div>
    ${previews}
    <button data-testid="composerPublishBtn">Post</button>
  </div></div>`;

test.each([
  ['an empty, hidden photo area', '<div data-testid="selectedPhotosView" hidden></div>', []],
  ['an empty photo area', '<div data-testid="selectedPhotosView"></div>', []],
  [
    'a photo',
    '<div data-testid="selectedPhotosView"><img src="blob:https://bsky.app/1" alt=""></div>',
    ['image'],
  ],
])('Bluesky: %s', (_name, previews, expected) => {
  const document = loadPage(blueskyComposer(previews), 'https://bsky.app/');
  const [composer] = bluesky.composers(document);
  expect(composer).toBeDefined();
  expect(bluesky.attachments(composer)).toEqual(expected);
});

test('X: the attachments area counts only with media in it', () => {
  const page = (inner: string) => `
    <div data-testid="primaryColumn"><div class="toolbar-host">
      <div class="DraftEditor-root"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"><div data-contents="true"><div data-block="true"><span>Hi</span></div></div></div></div>
      <div data-testid="attachments">${inner}</div>
      <button data-testid="tweetButtonInline">Post</button>
    </div></div>`;
  const empty = loadPage(page(''), 'https://x.com/home');
  expect(x.attachments(x.composers(empty)[0])).toEqual([]);
  const withImage = loadPage(
    page('<div><img src="blob:https://x.com/1" alt=""></div>'),
    'https://x.com/home',
  );
  expect(x.attachments(x.composers(withImage)[0])).toEqual(['image']);
});
