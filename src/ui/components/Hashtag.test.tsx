// @vitest-environment happy-dom
import { render } from 'preact';
import { expect, test } from 'vitest';
import { Hashtag, TextWithHashtags } from './Hashtag';

function drawn(node: preact.JSX.Element): HTMLElement {
  const root = document.createElement('span');
  render(node, root);
  return root;
}

test.each([
  ['#BarbadosIndependenceDay', '#Barbados|Independence|Day'],
  ['#ПонедельникМотивации', '#Понедельник|Мотивации'],
  ['#Top10Tips', '#Top|10|Tips'],
  ['#acmeacmeacme', '#acmeacmeacme'],
])('%s may break between its words only, and reads the same', (tag, breaks) => {
  const root = drawn(<Hashtag tag={tag} />);
  expect(root.textContent).toBe(tag);
  expect(root.innerHTML.replaceAll('<wbr>', '|')).toBe(breaks);
});

test('advice keeps its words; only its hashtags get break chances', () => {
  const text = 'Today is #BarbadosIndependenceDay: add the hashtag?';
  const root = drawn(<TextWithHashtags text={text} />);
  expect(root.textContent).toBe(text);
  expect(root.querySelectorAll('wbr')).toHaveLength(2);
});
