import { compileKeywords } from './compile';

/**
 * Words by which a commenter asks for a link: where to buy, the catalogue, the price, the site.
 * Answering such a request with a link is what the handbook calls "a link where the context
 * calls for it".
 */
// biome-ignore format: word lists read better packed than one per line
export const linkRequestWords = compileKeywords({
  request: [
    'link*', 'url', 'website', 'site', 'where can i buy', 'where to buy', 'where can i get', 'where can i find',
    'where can i order', 'how can i order', 'how do i order', 'catalog*', 'catalogue*', 'price*', 'how much',
    'cost', 'shop', 'store', 'buy online', 'buy it', 'order online', 'more info', 'more information',
    'lien*', 'où acheter', 'où peut-on acheter', 'où trouver', 'où commander', 'comment commander', 'prix',
    'combien', 'tarif*', 'boutique', 'site web', 'site internet', 'acheter en ligne', 'commander',
    'ссылк*', 'сайт*', 'где купить', 'где можно купить', 'где найти', 'где заказать', 'как заказать', 'каталог*',
    'цена', 'цену', 'цены', 'сколько стоит', 'почем', 'прайс*', 'магазин*', 'купить онлайн', 'заказать',
  ],
});

export function asksForLink(text: string | undefined): string[] {
  if (!text) return [];
  return linkRequestWords.scan(text).request ?? [];
}
