import { describe, expect, test } from 'vitest';
import { extractLinks } from './extract-links';

describe('extractLinks', () => {
  test.each([
    ['en, bare domain with path', 'Shop now at example.com/shop!', ['example.com/shop'], ['example.com']],
    [
      'en, https',
      'Read https://blog.example.org/post?id=3.',
      ['https://blog.example.org/post?id=3'],
      ['example.org'],
    ],
    ['en, www', 'See www.brand.co.uk/promo, thanks', ['www.brand.co.uk/promo'], ['brand.co.uk']],
    [
      'en, newer gTLD',
      'Our new site: studio.design and brand.shop',
      ['studio.design', 'brand.shop'],
      ['studio.design', 'brand.shop'],
    ],
    [
      'fr, in parentheses',
      'Voir le catalogue (boutique.fr/catalogue).',
      ['boutique.fr/catalogue'],
      ['boutique.fr'],
    ],
    [
      'fr, accented path',
      'Détails sur https://exemple.fr/été-2025 !',
      ['https://exemple.fr/été-2025'],
      ['exemple.fr'],
    ],
    ['ru, Cyrillic domain', 'Подробнее на пример.рф/каталог', ['пример.рф/каталог'], ['пример.рф']],
    ['ru, glued to Cyrillic punctuation', 'Ссылка: «example.ru»', ['example.ru'], ['example.ru']],
    [
      'shortener',
      'bit.ly/3abc and https://t.co/xyz',
      ['bit.ly/3abc', 'https://t.co/xyz'],
      ['bit.ly', 't.co'],
    ],
    ['fragment', 'x.com/user/status/1#top', ['x.com/user/status/1#top'], ['x.com']],
    ['scheme with localhost', 'dev: http://localhost:3000/x', ['http://localhost:3000/x'], ['localhost']],
  ])('%s', (_, text, texts, domains) => {
    const links = extractLinks(text);
    expect(links.map((link) => link.text)).toEqual(texts);
    expect(links.map((link) => link.domain)).toEqual(domains);
    for (const link of links) expect(text.slice(link.start, link.end)).toBe(link.text);
  });

  test.each([
    ['en, e-mail', 'Write to john@example.com'],
    ['en, e.g. and i.e.', 'Use a tag, e.g. #Tip, i.e. one tag. Also U.S. or a.m.'],
    ['en, file names', 'Open report.pdf, notes.md, install.sh or photos.zip'],
    ['en, numbers', 'Version 3.5 costs 12.99 and 1.000.000 people'],
    ['fr, e-mail and file', 'Écrivez à contact@exemple.fr, voir devis.docx'],
    ['fr, ellipsis and abbreviations', 'Etc. M. Dupont… c.-à-d. rien'],
    ['ru, abbreviations', 'т.е. и т.д., см. файл отчёт.pdf'],
    ['ru, mention on Mastodon', 'Привет @user@mastodon.social!'],
    ['unknown ending', 'hello.wrld is not a link, nor is foo.bazz'],
  ])('%s: no link', (_, text) => {
    expect(extractLinks(text)).toEqual([]);
  });
});
