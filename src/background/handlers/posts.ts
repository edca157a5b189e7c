import { settingsFor } from '../../shared/settings-defaults';
import { logPost, postsSince } from '../../store/posts-repo';
import { readSettings } from '../../store/settings-repo';
import { publishedFacts } from '../advice';
import type { DomainHandlers } from './context';

/** The publishing log: posts the user published from a page, or logged by hand in the popup. */
export function postsHandlers(): DomainHandlers<'posts.log' | 'posts.published' | 'posts.since'> {
  return {
    'posts.log': ({ post }) => logPost(post),
    'posts.published': async ({ draft, category, brandId, publishedAt }, sender) => {
      const brand = settingsFor(await readSettings(), brandId);
      return logPost({
        id: `${draft.network}:${publishedAt}:${hashOf(draft.text)}`,
        network: draft.network,
        brandId: brand.id,
        publishedAt,
        ...(await publishedFacts(draft, {
          now: publishedAt,
          brandId: brand.id,
          ...(category ? { category } : {}),
        })),
        excerpt: draft.text.slice(0, 280),
        source: sender.fromExtension ? 'manual' : 'page',
      });
    },
    'posts.since': ({ since, network }) => postsSince(since, network),
  };
}

/** A short stable fingerprint of a text, so the same post logged twice has the same id. */
function hashOf(text: string): string {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(36);
}
