// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { standaloneSvg } from './export';
import { MixChart } from './MixChart';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

test('an exported SVG carries its own size, colours and background, and no page classes', () => {
  const style = document.createElement('style');
  style.textContent = 'body { background: rgb(31, 35, 40) } .chart__bar { fill: rgb(11, 87, 208) }';
  document.head.append(style);
  const root = document.createElement('div');
  document.body.append(root);
  render(<MixChart title="Mix" items={[{ label: 'Image', value: 40, target: 35 }]} />, root);
  const svg = root.querySelector('svg') as SVGSVGElement;

  const file = new DOMParser().parseFromString(standaloneSvg(svg), 'image/svg+xml');
  const exported = file.documentElement;
  expect(exported.tagName).toBe('svg');
  expect(exported.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  const [, , width, height] = (svg.getAttribute('viewBox') as string).split(' ');
  expect([exported.getAttribute('width'), exported.getAttribute('height')]).toEqual([width, height]);
  expect(exported.getAttribute('aria-label')).toBe(svg.getAttribute('aria-label'));
  expect(file.querySelectorAll('[class]')).toHaveLength(0);
  expect(exported.firstElementChild?.getAttribute('fill')).toBe('rgb(31, 35, 40)');
  expect(file.querySelector('[data-role="achieved"]')?.getAttribute('fill')).toBe('rgb(11, 87, 208)');
  expect(exported.textContent).toContain('Image');
});
