import type { Category, Format } from './content-types';
import type { Network } from './networks';

/** One entry of the publishing log. */
export interface PostRecord {
  id: string;
  network: Network;
  brandId: string;
  /** Epoch milliseconds. */
  publishedAt: number;
  format: Format;
  category?: Category;
  hashtags: string[];
  links: string[];
  excerpt: string;
  /** `page` when the extension saw it published, `manual` when logged by hand in the popup. */
  source: 'page' | 'manual';
}
