import * as v from 'valibot';
import { categories, formats } from './content-types';
import { networks } from './networks';

/** One entry of the publishing log, as stored and as it travels (checked where received). */
export const PostSchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  network: v.picklist(networks),
  brandId: v.string(),
  publishedAt: v.pipe(v.number(), v.finite()),
  format: v.picklist(formats),
  category: v.optional(v.picklist(categories)),
  hashtags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(140))), v.maxLength(100)),
  links: v.pipe(v.array(v.pipe(v.string(), v.maxLength(2000))), v.maxLength(100)),
  excerpt: v.pipe(v.string(), v.maxLength(280)),
  source: v.picklist(['page', 'manual']),
});

/** `source`: `page` when the extension saw it published, `manual` when logged by hand in the popup. */
export type PostRecord = v.InferOutput<typeof PostSchema>;
