import { describe, expect, test } from 'vitest';
import { extractHashtags } from './extract-hashtags';

describe('extractHashtags', () => {
  test.each([
    ['en', 'Happy #TipTuesday! #coffee_time', ['#TipTuesday', '#coffee_time']],
    ['fr, accents', 'Un #Café et une #crêpe.', ['#Café', '#crêpe']],
    ['fr, combining mark', 'Un #Cafe\u0301 ici', ['#Cafe\u0301']],
    ['ru', 'Всем #привет и #СкидкаДня!', ['#привет', '#СкидкаДня']],
    ['digits inside', '#2025goals and #web3', ['#2025goals', '#web3']],
    ['start of text and after punctuation', '#first,(#second)', ['#first', '#second']],
  ])('%s', (_, text, tags) => {
    expect(extractHashtags(text).map((tag) => tag.tag)).toEqual(tags);
  });

  test.each([
    ['en, digits only', 'We are #1 and #2025'],
    ['en, C# and entities', 'Code in C# with &#123;'],
    ['en, link fragment', 'See example.com/page#section'],
    ['fr, glued', 'mot#collé'],
    ['ru, lone sign', 'Номер # 5'],
  ])('%s: none', (_, text) => {
    expect(extractHashtags(text)).toEqual([]);
  });

  test('keys are case-insensitive', () => {
    expect(extractHashtags('#Café #CAFÉ').map((tag) => tag.key)).toEqual(['café', 'café']);
  });
});
