import type { Category } from '../shared/content-types';
import type { Draft } from '../shared/draft';
import { send } from '../shared/messaging';
import type { PanelStore } from '../ui/panel/state';
import type { Requester } from './request';

/** A cold worker can miss the first message while it starts: ask again this many times. */
const RETRIES = 2;
const RETRY_DELAY_MS = 250;
/**
 * Chrome stops an idle service worker after 30 s. Past this quiet time, the user's first sign of
 * writing (focusing the composer, a keystroke) wakes it with a ping, so it starts while they are
 * still typing rather than after the last key: a cold start measured ~300 ms in Chromium.
 */
export const WAKE_AFTER_MS = 20_000;

export interface Advisor {
  /** Asks the background to judge the draft; an answer about an older draft never lands. */
  advise(draft: Draft): Promise<void>;
  /** Asks again about the last draft (settings changed, a post was published). */
  refresh(): Promise<void>;
  /** The user is about to write: wakes a worker that may have stopped, before the draft settles. */
  wake(): void;
}

/**
 * The content script's half of the advice: it sends the settled draft and renders the answer. The
 * rules, the calendar and their libraries run in the background, which holds the settings and the
 * log; nothing of them is loaded into the page.
 */
export function createAdvisor(
  store: PanelStore,
  request: Requester,
  signal: AbortSignal,
  chosenCategory: () => Category | null,
): Advisor {
  let latest = 0;
  let lastDraft: Draft | null = null;
  let lastContact = Number.NEGATIVE_INFINITY;

  const ask = async (draft: Draft) => {
    const run = ++latest;
    lastDraft = draft;
    // The protocol caps a draft at 100,000 characters; the rules judge the start of a longer one.
    const sent = draft.text.length > 100_000 ? { ...draft, text: draft.text.slice(0, 100_000) } : draft;
    const category = chosenCategory();
    lastContact = Date.now();
    // The brand the panel shows: its themes, targets and log are the ones that apply.
    const brandId = store.get().brand?.id;
    for (let attempt = 0; attempt <= RETRIES; attempt++) {
      const advice = await request(() =>
        send('advice.request', {
          draft: sent,
          now: Date.now(),
          ...(category ? { category } : {}),
          ...(brandId ? { brandId } : {}),
        }),
      );
      // A newer draft was sent meanwhile: its answer is the one to show.
      if (run !== latest || signal.aborted) return;
      if (advice) {
        store.set({
          findings: advice.findings,
          ruleErrors: advice.ruleErrors,
          draftType: advice.draftType,
          draftHashtags: advice.draftHashtags,
          suggestions: advice.suggestions,
          pinned: advice.pinned ?? [],
          starters: advice.starters ?? [],
          now: advice.now,
        });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * (attempt + 1)));
      if (run !== latest || signal.aborted) return;
    }
  };

  const same = (a: Draft, b: Draft | null) =>
    b !== null &&
    a.text === b.text &&
    a.kind === b.kind &&
    a.network === b.network &&
    a.replyTo === b.replyTo &&
    a.attachments.join() === b.attachments.join();

  return {
    // One request per settled draft: a mutation that changed nothing the rules read asks nothing.
    advise: (draft) => (same(draft, lastDraft) ? Promise.resolve() : ask(draft)),
    refresh: async () => {
      if (lastDraft) await ask(lastDraft);
    },
    wake: () => {
      if (Date.now() - lastContact < WAKE_AFTER_MS) return;
      lastContact = Date.now();
      void request(() => send('ping', {}));
    },
  };
}
