import { describe, expect, test } from 'vitest';
import type { PostRecord } from '../../shared/post';
import { defaultSettings, settingsFor } from '../../shared/settings-defaults';
import { mixFigures, postsPerDay } from './figures';

const post = (publishedAt: string, network: PostRecord['network'], format: PostRecord['format'] = 'text') =>
  ({
    id: publishedAt + network,
    network,
    brandId: 'brand-1',
    publishedAt: Date.parse(publishedAt),
    format,
    hashtags: [],
    links: [],
    excerpt: '',
    source: 'manual',
  }) satisfies PostRecord;

describe('postsPerDay', () => {
  test('the last seven days in the zone, oldest first, counted per network', () => {
    const days = postsPerDay(
      [
        post('2026-03-05T10:00:00Z', 'x'),
        post('2026-03-05T11:00:00Z', 'x'),
        post('2026-03-05T12:00:00Z', 'vk'),
        // 23:30 UTC on the 3rd is already the 4th in Paris.
        post('2026-03-03T23:30:00Z', 'facebook'),
        // Eight days back: outside the week.
        post('2026-02-26T12:00:00Z', 'x'),
      ],
      '2026-03-05',
      'Europe/Paris',
    );
    expect(days).toHaveLength(7);
    expect(days.map((day) => day.counts)).toEqual([{}, {}, {}, {}, {}, { facebook: 1 }, { x: 2, vk: 1 }]);
    expect(days[6].label).toMatch(/Thu/);
  });
});

describe('mixFigures', () => {
  test('shares of the window against the targets, in whole percent', () => {
    const settings = settingsFor(defaultSettings());
    const now = Date.parse('2026-03-05T12:00:00Z');
    const figures = mixFigures(
      [
        post('2026-03-05T10:00:00Z', 'x', 'image'),
        post('2026-03-04T10:00:00Z', 'x', 'image'),
        post('2026-03-03T10:00:00Z', 'x', 'video'),
        // Older than the 14-day window.
        post('2026-02-01T10:00:00Z', 'x', 'poll'),
      ],
      settings,
      now,
    );
    expect(figures.total).toBe(3);
    expect(figures.formats.find((item) => item.label === 'image')).toEqual({
      label: 'image',
      value: 67,
      target: 35,
    });
    expect(figures.formats.find((item) => item.label === 'video')).toEqual({
      label: 'video',
      value: 33,
      target: 25,
    });
    expect(figures.formats.find((item) => item.label === 'text')).toEqual({
      label: 'text',
      value: 0,
      target: 20,
    });
  });

  test('a type neither planned nor posted is left out', () => {
    const settings = settingsFor(defaultSettings());
    settings.mix.formats = { ...settings.mix.formats, audio: 0, text: 25 };
    const figures = mixFigures([], settings, Date.parse('2026-03-05T12:00:00Z'));
    expect(figures.formats.map((item) => item.label)).not.toContain('audio');
  });
});
