/**
 * URL shorteners: a link through one hides where it leads, so readers trust it less and the brand
 * can't be seen in it. Compared with the link's registrable domain or its full host name.
 * youtu.be and amzn.to are left out on purpose: their destination is plain from the name.
 */
// biome-ignore format: word lists read better packed than one per line
export const shortenerDomains: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 'j.mp', 't.co', 'tinyurl.com', 'ow.ly', 'buff.ly', 'is.gd', 'v.gd', 'cutt.ly',
  'rebrand.ly', 'shorturl.at', 'goo.gl', 'tiny.cc', 't.ly', 'rb.gy', 'bl.ink', 'lnkd.in', 'fb.me', 's.id',
  'soo.gd', 'x.co', 'ift.tt', 'dlvr.it', 'trib.al', 'clck.ru', 'vk.cc', 'u.to', 'qps.ru', 'surl.li', 'tiny.one',
  'shorte.st', 'adf.ly', 'short.gy', 'urlz.fr', 'lc.cx', 'db.tt', 'po.st', 'snip.ly', 't2m.io',
]);
