/** The two dimensions of the content mix (docs/ARCHITECTURE.md, "Content types"). */
export const formats = ['text', 'image', 'video', 'audio', 'link', 'poll'] as const;
export type Format = (typeof formats)[number];

export const categories = [
  'theme',
  'holiday',
  'question',
  'curated',
  'local-event',
  'testimonial',
  'faq',
  'news',
  'promo',
  'contest',
] as const;
export type Category = (typeof categories)[number];
