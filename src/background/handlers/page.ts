import { readSettings } from '../../store/settings-repo';
import { adviseDraft } from '../advice';
import { pageContext } from '../page-context';
import type { DomainHandlers, HandlerContext } from './context';

/** A content script's page: its context at start, and the advice on each settled draft. */
export function pageHandlers({
  now,
  openOptions,
}: HandlerContext): DomainHandlers<'page.context' | 'advice.request' | 'options.account'> {
  return {
    // The panel's "tell me your handle" link: a page can't open the extension's pages itself.
    'options.account': async ({ network }) => {
      await openOptions?.(`f-accounts_${network}`);
      return { opened: openOptions !== undefined };
    },
    'page.context': async (_payload, sender) => pageContext(await readSettings(), sender.url),
    'advice.request': ({ draft, category, brandId, now: pageNow }) =>
      adviseDraft(draft, {
        now: pageNow ?? now(),
        ...(brandId ? { brandId } : {}),
        ...(category ? { category } : {}),
      }),
  };
}
