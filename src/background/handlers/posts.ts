import { settingsFor } from '../../shared/settings-defaults';
import { logPost, pagePostId, postsSince } from '../../store/posts-repo';
import { readSettings } from '../../store/settings-repo';
import { publishedFacts } from '../advice';
import type { DomainHandlers } from './context';

/**
 * The publishing log: posts the user published from a page, or logged by hand in the popup. The same
 * post seen by two tabs of its page is logged once (posts-repo).
 */
export function postsHandlers(): DomainHandlers<'posts.log' | 'posts.published' | 'posts.since'> {
  return {
    'posts.log': ({ post }) => logPost(post),
    'posts.published': async ({ draft, category, brandId, publishedAt }, sender) => {
      const brand = settingsFor(await readSettings(), brandId);
      return logPost({
        id: pagePostId(draft.network, publishedAt, draft.text),
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
