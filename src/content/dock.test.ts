import { describe, expect, test } from 'vitest';
import { dockPosition } from './dock';

const rect = (left: number, top: number, width: number, height: number) =>
  ({
    left,
    top,
    width,
    height,
    right: left + width,
    bottom: top + height,
    x: left,
    y: top,
  }) as DOMRectReadOnly;

describe('dockPosition', () => {
  test.each([
    ['room on the right', rect(100, 200, 600, 100), 1280, { side: 'right', left: 712, width: 320 }],
    ['no room on the right', rect(700, 200, 500, 100), 1280, { side: 'left', left: 368, width: 320 }],
    [
      'the right preferred, slimmer, over a roomier left',
      rect(360, 200, 604, 100),
      1280,
      { side: 'right', width: 296 },
    ],
    [
      'slimmer beside rather than in the corner',
      rect(300, 200, 680, 100),
      1280,
      { side: 'right', left: 992, width: 280 },
    ],
    ['a composer spanning the window', rect(20, 200, 1240, 100), 1280, { side: 'corner' }],
    ['a narrow window', rect(20, 200, 300, 100), 500, { side: 'corner' }],
  ])('%s', (_name, box, width, expected) => {
    expect(dockPosition(box, width, 900)).toMatchObject(expected);
  });

  test('the panel never runs off the bottom: a low composer lifts it', () => {
    expect(dockPosition(rect(100, 800, 600, 60), 1280, 900).top).toBe(900 - 360 - 8);
  });

  test('beside a composer the panel never overlaps it', () => {
    for (let left = 0; left < 1000; left += 37) {
      const box = rect(left, 100, 400, 100);
      const position = dockPosition(box, 1400, 900);
      if (position.side === 'corner') continue;
      const overlaps = position.left < box.right && box.left < position.left + position.width;
      expect(overlaps).toBe(false);
    }
  });
});
