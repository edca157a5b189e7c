import { describe, expect, test } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  test('quotes what needs it and joins lines with CRLF', () => {
    expect(
      toCsv([
        ['network', 'posts', 'note'],
        ['X', 3, 'said "hi", twice'],
        ['Facebook', 0, 'line one\nline two'],
        ['VK', null, undefined],
      ]),
    ).toBe('network,posts,note\r\nX,3,"said ""hi"", twice"\r\nFacebook,0,"line one\nline two"\r\nVK,,');
  });

  test.each([
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+33 6 12', "'+33 6 12"],
    ['-1', "'-1"],
    ['@acme', "'@acme"],
  ])('text a spreadsheet would run as a formula is defused: %s', (text, cell) => {
    expect(toCsv([[text]])).toBe(cell);
  });

  test('numbers stay numbers, negative ones included; non-finite ones are left empty', () => {
    expect(toCsv([[-1.5, 0, Number.NaN, Number.POSITIVE_INFINITY]])).toBe('-1.5,0,,');
  });
});
