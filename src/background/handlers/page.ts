import { readSettings } from '../../store/settings-repo';
import { adviseDraft } from '../advice';
import { pageContext } from '../page-context';
import type { DomainHandlers, HandlerContext } from './context';

/** A content script's page: its context at start, and the advice on each settled draft. */
export function pageHandlers({ now }: HandlerContext): DomainHandlers<'page.context' | 'advice.request'> {
  return {
    'page.context': async (_payload, sender) => pageContext(await readSettings(), sender.url),
    'advice.request': ({ draft, category, brandId, now: pageNow }) =>
      adviseDraft(draft, {
        now: pageNow ?? now(),
        ...(brandId ? { brandId } : {}),
        ...(category ? { category } : {}),
      }),
  };
}
