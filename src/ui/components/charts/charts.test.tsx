// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import en from '../../../../public/_locales/en/messages.json';
import fr from '../../../../public/_locales/fr/messages.json';
import { registerCatalogue } from '../../../shared/i18n';
import { AnswerTimeChart } from './AnswerTimeChart';
import type { PostsDay } from './data';
import { formatPercent } from './describe';
import { MixChart } from './MixChart';
import { PostsChart } from './PostsChart';

function draw(chart: preact.JSX.Element): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(chart, root);
  return root;
}

const numberAttribute = (element: Element | null, name: string) => Number(element?.getAttribute(name));

afterEach(() => {
  document.body.innerHTML = '';
  registerCatalogue(en as Record<string, { message: string }>);
  vi.unstubAllGlobals();
});

const series = [
  { id: 'x', label: 'X' },
  { id: 'facebook', label: 'Facebook' },
];

describe('PostsChart', () => {
  const days: PostsDay[] = [
    { label: 'Mon 26', counts: { x: 2, facebook: 1 } },
    { label: 'Tue 27', counts: {} },
    { label: 'Wed 28', counts: { facebook: 4 } },
  ];

  test('an svg role="img" inside data-chart="posts", whose label states every day and the cadence', () => {
    const root = draw(<PostsChart title="Posts per day" days={days} series={series} cadence={5} />);
    const svg = root.querySelector('[data-chart="posts"] svg[role="img"]');
    expect(svg?.getAttribute('aria-label')).toBe(
      'Posts per day. Mon 26: 3 (X: 2, Facebook: 1); Tue 27: 0; Wed 28: 4. Cadence: 5 a day.',
    );
  });

  test('bars stack per day, heights in proportion, the cadence line above them all', () => {
    const root = draw(<PostsChart title="Posts" days={days} series={series} cadence={5} />);
    const x = root.querySelector('[data-series="x"] rect[data-day="0"]');
    const facebook = root.querySelector('[data-series="facebook"] rect[data-day="0"]');
    const tallest = root.querySelector('[data-series="facebook"] rect[data-day="2"]');
    expect(root.querySelectorAll('rect[data-day="1"]')).toHaveLength(0);
    expect(numberAttribute(x, 'height')).toBeCloseTo(2 * numberAttribute(facebook, 'height'));
    expect(numberAttribute(tallest, 'height')).toBeCloseTo(4 * numberAttribute(facebook, 'height'));
    // Facebook sits on top of X on Monday.
    expect(numberAttribute(facebook, 'y') + numberAttribute(facebook, 'height')).toBeCloseTo(
      numberAttribute(x, 'y'),
    );
    const cadence = numberAttribute(root.querySelector('[data-role="cadence"]'), 'y1');
    expect(cadence).toBeLessThan(numberAttribute(tallest, 'y'));
    expect(cadence).toBeCloseTo(
      numberAttribute(x, 'y') + numberAttribute(x, 'height') - 5 * numberAttribute(facebook, 'height'),
    );
  });

  test('the legend names only the networks that posted, then the cadence', () => {
    const root = draw(
      <PostsChart title="Posts" days={days} series={[...series, { id: 'vk', label: 'VK' }]} cadence={5} />,
    );
    expect([...root.querySelectorAll('.chart__legend li')].map((item) => item.textContent)).toEqual([
      'X',
      'Facebook',
      'Cadence',
    ]);
  });
});

describe('MixChart', () => {
  const items = [
    { label: 'Image', value: 40, target: 35 },
    { label: 'Video', value: 10, target: 25 },
  ];

  test('states each share achieved and its target', () => {
    const root = draw(<MixChart title="Content mix by format" items={items} />);
    expect(root.querySelector('[data-chart="mix"] svg[role="img"]')?.getAttribute('aria-label')).toBe(
      'Content mix by format. Image: 40% (target 35%); Video: 10% (target 25%).',
    );
  });

  test('bar widths follow the shares; each target mark stands at its share', () => {
    const root = draw(<MixChart title="Mix" items={items} />);
    const image = root.querySelector('[data-item="Image"] [data-role="achieved"]');
    const video = root.querySelector('[data-item="Video"] [data-role="achieved"]');
    expect(numberAttribute(image, 'width')).toBeCloseTo(4 * numberAttribute(video, 'width'));
    const imageTarget = numberAttribute(root.querySelector('[data-item="Image"] [data-role="target"]'), 'x1');
    const videoTarget = numberAttribute(root.querySelector('[data-item="Video"] [data-role="target"]'), 'x1');
    expect(imageTarget / videoTarget).toBeCloseTo(35 / 25);
    expect(numberAttribute(image, 'width') / imageTarget).toBeCloseTo(40 / 35);
  });
});

describe('AnswerTimeChart', () => {
  const items = [
    { label: 'X', medianMinutes: 130, withinDeadline: 0.8 },
    { label: 'Facebook', medianMinutes: 480, withinDeadline: 0.25 },
    { label: 'VK', medianMinutes: null },
  ];

  test('states the medians, the share within the deadline, and the deadline', () => {
    const root = draw(<AnswerTimeChart title="Median answer time" items={items} deadlineMinutes={360} />);
    expect(root.querySelector('[data-chart="answer-time"] svg[role="img"]')?.getAttribute('aria-label')).toBe(
      'Median answer time. X: 2 h 10 min, 80% within the deadline; Facebook: 8 h 0 min, 25% within the deadline; VK: no answers yet. Deadline: 6 h 0 min.',
    );
  });

  test('a median past the deadline is marked; no answers, no bar', () => {
    const root = draw(<AnswerTimeChart title="Answers" items={items} deadlineMinutes={360} />);
    const x = root.querySelector('[data-item="X"] [data-role="median"]');
    const facebook = root.querySelector('[data-item="Facebook"] [data-role="median"]');
    expect(x?.getAttribute('class')).toBe('chart__bar');
    expect(facebook?.getAttribute('class')).toContain('chart__bar--over');
    expect(root.querySelector('[data-item="VK"] [data-role="median"]')).toBeNull();
    const deadline = numberAttribute(root.querySelector('[data-role="deadline"]'), 'x1');
    expect(numberAttribute(x, 'width')).toBeLessThan(deadline);
    expect(numberAttribute(facebook, 'width')).toBeGreaterThan(deadline);
    expect(numberAttribute(facebook, 'width') / deadline).toBeCloseTo(480 / 360);
  });
});

describe('in French', () => {
  test('words from the French catalogue, numbers from Intl', () => {
    vi.stubGlobal('navigator', { language: 'fr-FR' });
    registerCatalogue(fr as Record<string, { message: string }>);
    expect(formatPercent(40)).toBe(new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(0.4));
    const root = draw(<MixChart title="Équilibre" items={[{ label: 'Image', value: 40, target: 35 }]} />);
    const label = root.querySelector('svg')?.getAttribute('aria-label');
    expect(label).toBe(`Équilibre. Image : ${formatPercent(40)} (objectif ${formatPercent(35)}).`);
    expect(label).toMatch(/40\s%/u);
  });
});
