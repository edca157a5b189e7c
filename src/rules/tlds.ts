/**
 * Top-level domains linkify-it should recognise in links typed without a scheme, on top of its own
 * defaults (com, org, net, … and every two-letter country code). Brands use the newer generic TLDs
 * a lot (`brand.shop`, `studio.design`); a name is a link only if tldts also finds its suffix in the
 * Public Suffix List, so this list widens recognition without admitting made-up endings.
 */
// biome-ignore format: word lists read better packed than one per line
export const extraTlds: readonly string[] = [
  'academy', 'agency', 'ai', 'app', 'art', 'bar', 'beauty', 'berlin', 'bio', 'blog', 'boutique', 'build', 'bzh',
  'cafe', 'care', 'center', 'city', 'click', 'clinic', 'cloud', 'club', 'coach', 'codes', 'coffee', 'community',
  'company', 'consulting', 'cool', 'dance', 'deals', 'design', 'dev', 'digital', 'direct', 'eco', 'education',
  'email', 'energy', 'events', 'expert', 'fashion', 'film', 'fit', 'fitness', 'food', 'fun', 'gallery', 'games',
  'garden', 'global', 'gold', 'green', 'group', 'guide', 'guru', 'health', 'help', 'holiday', 'house', 'how',
  'inc', 'ink', 'international', 'io', 'kitchen', 'land', 'life', 'link', 'live', 'lol', 'london', 'love', 'ltd',
  'market', 'marketing', 'media', 'menu', 'moscow', 'movie', 'music', 'network', 'news', 'ninja', 'one', 'online',
  'page', 'paris', 'partners', 'photo', 'photography', 'photos', 'pizza', 'plus', 'press', 'productions', 'quebec',
  'recipes', 'rest', 'restaurant', 'run', 'sale', 'school', 'services', 'shopping', 'show', 'site', 'social',
  'software', 'solutions', 'space', 'store', 'studio', 'style', 'support', 'systems', 'team', 'tech', 'tips',
  'today', 'tools', 'top', 'tours', 'town', 'toys', 'travel', 'tv', 'video', 'vip', 'vision', 'wiki', 'wine',
  'work', 'works', 'world', 'wtf', 'xyz', 'yoga', 'zone', 'бел', 'дети', 'москва', 'онлайн', 'орг', 'рус', 'сайт',
  'укр',
];
