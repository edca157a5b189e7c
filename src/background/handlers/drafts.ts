import { DAY } from '../../shared/time';
import { clearDraft, readDraft, saveDraft, tabDraftKey } from '../../store/drafts-repo';
import { readSettings } from '../../store/settings-repo';
import { assertOwnPage } from '../router';
import type { DomainHandlers, HandlerContext } from './context';

/**
 * The safety net: a composer's unsent text, kept for a while, per tab (drafts-repo says how); a page
 * reaches only its own origin's drafts.
 */
export function draftsHandlers({
  now,
}: HandlerContext): DomainHandlers<'drafts.save' | 'drafts.get' | 'drafts.clear'> {
  return {
    'drafts.save': async (draft, sender) => {
      assertOwnPage(sender, draft.pageUrl);
      assertOwnPage(sender, pageOfDraftKey(draft.key));
      await saveDraft({ ...draft, key: tabDraftKey(draft.key, sender.tabId), savedAt: now() });
      return { saved: true };
    },
    'drafts.get': async ({ key }, sender) => {
      assertOwnPage(sender, pageOfDraftKey(key));
      const settings = await readSettings();
      const draft = await readDraft(key, sender.tabId, now(), settings.draftExpiryDays * DAY);
      return draft ? { text: draft.text, savedAt: draft.savedAt } : null;
    },
    'drafts.clear': async ({ key }, sender) => {
      assertOwnPage(sender, pageOfDraftKey(key));
      await clearDraft(tabDraftKey(key, sender.tabId));
      return { cleared: true };
    },
  };
}

/** The page a draft key names (`network:kind:` then the page's origin and path). */
function pageOfDraftKey(key: string): string {
  return key.slice(key.indexOf(':', key.indexOf(':') + 1) + 1);
}
