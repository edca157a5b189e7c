// @vitest-environment happy-dom
/**
 * The insertion chain's decisions (happy-dom has no editors and no execCommand: both are stood in
 * for). What the editors really do is proven in Chromium by e2e/insert-text.spec.ts.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { endOfText } from './caret';
import { insertText, insertTextChecked } from './insert-text';

let execCommand: ReturnType<typeof vi.fn>;

/** Stands in for Chromium's execCommand('insertText'): inserts at the selection. */
function nativeInsert(_command: string, _ui: boolean, text: string): boolean {
  const selection = document.getSelection();
  if (!selection?.rangeCount) return false;
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement) {
    const { selectionStart: start, selectionEnd: end, value } = active;
    active.value = value.slice(0, start) + text + value.slice(end);
    return true;
  }
  const range = selection.getRangeAt(0);
  range.insertNode(document.createTextNode(text));
  return true;
}

beforeEach(() => {
  execCommand = vi.fn(nativeInsert);
  Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true, writable: true });
  document.body.innerHTML = '';
});

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

function editor(html: string, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

/** An editor that handles paste itself, like Lexical/Draft/Quill/ProseMirror. */
function handlesPaste(element: HTMLElement, render: (text: string) => void): void {
  element.addEventListener('paste', (event) => {
    event.preventDefault();
    render((event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '');
  });
}

describe('contenteditable editors', () => {
  test('an editor that handles the paste gets the text once, and execCommand is not run', () => {
    const element = editor('<p>Hello </p>');
    handlesPaste(element, (text) => element.firstElementChild?.append(text));
    expect(insertText(element, '#TipTuesday')).toEqual({ ok: true, method: 'paste' });
    expect(element.textContent).toBe('Hello #TipTuesday');
    expect(execCommand).not.toHaveBeenCalled();
  });

  test('an editor that renders later (Lexical, React) is reported pending, never given a second method', () => {
    const element = editor('<p><br></p>', { 'data-lexical-editor': 'true' });
    handlesPaste(element, () => {});
    expect(insertText(element, '#TipTuesday')).toEqual({ ok: true, method: 'paste', pending: true });
    expect(execCommand).not.toHaveBeenCalled();
  });

  test('a paste handled twice over is a failure, not a success', () => {
    const element = editor('<p>x</p>');
    handlesPaste(element, (text) => element.firstElementChild?.append(text + text));
    expect(insertText(element, '#Tag')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/2 times/),
    });
  });

  test('a plain contenteditable ignores paste: execCommand inserts, once', () => {
    const element = editor('<div>Hello </div>');
    expect(insertText(element, '#TipTuesday')).toEqual({ ok: true, method: 'execCommand' });
    expect(element.textContent).toBe('Hello #TipTuesday');
    expect(execCommand).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['multi-line text in Lexical', '<p><br></p>', { 'data-lexical-editor': 'true' }, 'a\nb', /Lexical/],
    [
      'multi-line text in Draft.js',
      '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">x</span></span></div></div></div>',
      { class: 'public-DraftEditor-content' },
      'a\nb',
      /Draft/,
    ],
    [
      'an empty Draft.js editor',
      '<div data-contents="true"><div data-block="true"><div><span><br data-text="true"></span></div></div></div>',
      { class: 'public-DraftEditor-content' },
      '#Tag',
      /unmounts/,
    ],
  ])(
    'no execCommand for %s when paste was not handled: failure reported',
    (_label, html, attributes, text, reason) => {
      const element = editor(html, attributes);
      expect(insertText(element, text)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
      expect(execCommand).not.toHaveBeenCalled();
    },
  );

  test('an editor that takes nothing is a failure', () => {
    execCommand.mockImplementation(() => false);
    expect(insertText(editor('<p>x</p>'), '#Tag')).toMatchObject({ ok: false });
  });

  test.each([
    ['detached', () => document.createElement('div')],
    ['not editable', () => document.body.appendChild(document.createElement('div'))],
  ])('a %s element is refused', (_label, make) => {
    expect(insertText(make(), '#Tag')).toMatchObject({ ok: false });
  });
});

describe('the caret', () => {
  test.each([
    ['empty Lexical/Quill paragraph: before the filler <br>', '<p><br></p>', 'P', 0],
    ['after the last text node of the last block', '<p>one</p><p>two<br></p>', '#text', 3],
    [
      'empty Draft.js block: before its <br>',
      '<div data-contents="true"><div><div><span><br data-text="true"></span></div></div></div>',
      'SPAN',
      0,
    ],
    ['empty plain contenteditable: in the root (no block exists)', '', 'DIV', 0],
    ['after a trailing emoji image', '<p>hi<img alt="🎉"></p>', 'P', 2],
  ])('%s', (_label, html, container, offset) => {
    const range = endOfText(editor(html));
    expect(range.collapsed).toBe(true);
    expect(range.startContainer.nodeName).toBe(container);
    expect(range.startOffset).toBe(offset);
  });

  test('a caret the user left inside the editor is kept: insertion at the caret', () => {
    const element = editor('<div>ab</div>');
    element.focus();
    const range = document.createRange();
    range.setStart(element.firstChild!.firstChild!, 1);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(insertText(element, 'X')).toMatchObject({ ok: true });
    expect(element.textContent).toBe('aXb');
  });
});

describe('textareas', () => {
  function textarea(value: string): HTMLTextAreaElement {
    const field = document.createElement('textarea');
    field.value = value;
    document.body.append(field);
    return field;
  }

  test('execCommand inserts at the caret; the setter is not used', () => {
    const field = textarea('Hello world');
    field.setSelectionRange(6, 6);
    const input = vi.fn();
    field.addEventListener('input', input);
    expect(insertText(field, '#Tip ')).toEqual({ ok: true, method: 'execCommand' });
    expect(field.value).toBe('Hello #Tip world');
    expect(input).not.toHaveBeenCalled();
  });

  test('without execCommand: the prototype setter at the caret and one bubbling input event', () => {
    Reflect.deleteProperty(document, 'execCommand');
    const field = textarea('Hello ');
    field.setSelectionRange(6, 6);
    const inputs: Event[] = [];
    document.body.addEventListener('input', (event) => inputs.push(event));
    expect(insertText(field, '#TipTuesday')).toEqual({ ok: true, method: 'setter' });
    expect(field.value).toBe('Hello #TipTuesday');
    expect(inputs).toHaveLength(1);
    expect(field.selectionStart).toBe('Hello #TipTuesday'.length);
  });

  test('multi-line text in a textarea is fine', () => {
    const field = textarea('');
    expect(insertText(field, 'line one\nline two')).toMatchObject({ ok: true });
    expect(field.value).toBe('line one\nline two');
  });
});

describe('insertTextChecked', () => {
  test('waits for an editor that renders later, then confirms', async () => {
    const element = editor('<p><br></p>');
    handlesPaste(element, (text) => setTimeout(() => element.firstElementChild?.replaceChildren(text), 30));
    await expect(insertTextChecked(element, '#Tag')).resolves.toEqual({ ok: true, method: 'paste' });
  });

  test('an editor that took the paste and inserted nothing (Firefox’s empty clipboard) gets execCommand', async () => {
    const element = editor('<p>Hello </p>');
    handlesPaste(element, () => {});
    await expect(insertTextChecked(element, '#Tag')).resolves.toEqual({ ok: true, method: 'execCommand' });
    expect(element.textContent).toBe('Hello #Tag');
    expect(execCommand).toHaveBeenCalledOnce();
  });

  test('reports failure when the editor swallowed the paste and refused execCommand too', async () => {
    const element = editor('<p>Hello </p>');
    handlesPaste(element, () => {});
    execCommand.mockReturnValue(false);
    execCommand.mockImplementation(() => false);
    await expect(insertTextChecked(element, '#Tag')).resolves.toMatchObject({ ok: false });
    expect(element.textContent).toBe('Hello ');
  });

  test('a paste that inserted the text is never followed by a second method', async () => {
    const element = editor('<p>Hello </p>');
    handlesPaste(element, (text) => element.firstElementChild?.append(text));
    await expect(insertTextChecked(element, '#Tag')).resolves.toEqual({ ok: true, method: 'paste' });
    expect(execCommand).not.toHaveBeenCalled();
  });
});
