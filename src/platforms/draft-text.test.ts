// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readComposerText } from './draft-text';

function editor(html: string): HTMLElement {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.innerHTML = html;
  return element;
}

describe('readComposerText', () => {
  test.each([
    ['empty Lexical', '<p><br></p>', ''],
    [
      'Lexical paragraphs with a blank line',
      '<p><span>Hello</span></p><p><br></p><p><span>World</span></p>',
      'Hello\n\nWorld',
    ],
    ['empty Quill', '<p><br></p>', ''],
    ['Quill trailing empty line', '<p>Hello</p><p><br></p>', 'Hello\n'],
    [
      'Draft.js nested blocks',
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Hi there</span></span></div></div></div>',
      'Hi there',
    ],
    [
      'empty Draft.js block',
      '<div data-contents="true"><div data-block="true"><div><span><br data-text="true"></span></div></div></div>',
      '',
    ],
    ['plain contenteditable with br', 'one<br>two', 'one\ntwo'],
    ['trailing filler br', 'one<br>two<br>', 'one\ntwo'],
    ['a real empty last line', 'one<br><br>', 'one\n'],
    [
      'Chromium div lines',
      'first<div>second</div><div><br></div><div>fourth</div>',
      'first\nsecond\n\nfourth',
    ],
    ['emoji image', '<p>Nice <img alt="🎉" src="data:,"> day</p>', 'Nice 🎉 day'],
    ['zero-width filler', '<p>\u200b</p>', ''],
  ])('%s', (_name, html, expected) => {
    expect(readComposerText(editor(html))).toBe(expected);
  });

  test('textarea value as is', () => {
    const textarea = document.createElement('textarea');
    textarea.value = 'line one\nline two\n';
    expect(readComposerText(textarea)).toBe('line one\nline two\n');
  });
});
