import { describe, expect, test } from 'vitest';
import { patternAnchors } from './tone-anchors';

describe('patternAnchors', () => {
  test.each([
    ['a plain phrase: its longest word', /stop complaining/, ['complaining']],
    ['ties go to the later word', /c'est de votre faute/, ['faute']],
    ['an alternation gives one anchor per option', /(?:nonsense|rubbish)/, ['nonsense', 'rubbish']],
    ['options with several words: the best of each', /(?:a lie|not true)/, ['lie', 'true']],
    ['an optional group is never an anchor', /(?:completely )?faux/, ['faux']],
    ['a word after an optional group still starts a word', /you know (?:(?:very|full) )?well/, ['well']],
    ['a stem: letters before a quantifier', /pas contente?s?/, ['content']],
    ['after an apostrophe that may be missing, not a word start', /c'est/, undefined],
    ['after a hyphen that may be missing, not a word start', /calmez~vous/, ['calmez']],
    ['look-arounds take no room', /это(?<!если это) не так(?=[.!])/, ['так']],
    ['a repeated group is an anchor', /(?:вы )+знаете/, ['знаете']],
    ['letters glued to a class are not a word start', /[а-я]+ли/, undefined],
    ['Cyrillic words', /(?:вы|ты) (?:ошибаетесь|врете)/, ['ошибаетесь', 'врете']],
  ])('%s', (_, pattern, anchors) => {
    expect(patternAnchors(pattern)).toEqual(anchors);
  });
});
