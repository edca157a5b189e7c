import type { Draft } from '../shared/draft';
import { send } from '../shared/messaging';
import type { PostRecord } from '../shared/post';
import type { AdviceContext } from '../shared/protocol';
import type { PanelStore } from '../ui/panel/state';
import { logDebug } from './guard';
import { extensionAlive } from './lifecycle';

type RulesModule = typeof import('../rules/index');

/** The rules carry link and length libraries: loaded after the panel's first render, once. */
let rulesModule: Promise<RulesModule> | undefined;
export function loadRules(): Promise<RulesModule> {
  rulesModule ??= import('../rules/index').catch((error: unknown) => {
    // A failed load is tried again next time rather than remembered.
    rulesModule = undefined;
    throw error;
  });
  return rulesModule;
}

/** How long settings, the log and today's calendar are trusted before asking the background again. */
const CONTEXT_TTL_MS = 60_000;

export type Requester = <T>(call: () => Promise<T>) => Promise<T | undefined>;

export interface Advisor {
  /** Judges the draft and updates the panel; an older run never overwrites a newer one. */
  advise(draft: Draft): Promise<void>;
  /** Forgets the cached context (after a publish, or when settings may have changed). */
  invalidate(): void;
  context(): Promise<AdviceContext | undefined>;
  /** The publishing-log facts of a draft: format, category (the user's choice wins), tags, links. */
  describe(draft: Draft): Promise<Pick<PostRecord, 'format' | 'category' | 'hashtags' | 'links'>>;
}

export function createAdvisor(
  store: PanelStore,
  request: Requester,
  signal: AbortSignal,
  onDead: () => void,
): Advisor {
  let cached: { at: number; value: Promise<AdviceContext | undefined> } | undefined;
  let latest = 0;

  const context = () => {
    if (!cached || Date.now() - cached.at > CONTEXT_TTL_MS) {
      const value = request(() => send('advice.context', { now: Date.now() }));
      cached = { at: Date.now(), value };
      void value.then((answer) => {
        if (answer && !signal.aborted) store.set({ suggestions: answer.suggestions, now: answer.now });
        else if (!answer) cached = undefined;
      });
    }
    return cached.value;
  };

  const ruleContextFor = (rules: RulesModule, advice: AdviceContext) => {
    const chosen = store.get().chosenCategory;
    return rules.ruleContext(advice.settings, Date.now(), {
      log: advice.log,
      calendarHashtags: advice.calendarHashtags,
      ...(chosen ? { override: { category: chosen } } : {}),
    });
  };

  return {
    context,
    invalidate() {
      cached = undefined;
    },
    async advise(draft) {
      const run = ++latest;
      // An extension updated under the page can't load its lazy parts any more: stop instead.
      if (!extensionAlive()) return onDead();
      let loaded: [RulesModule, AdviceContext | undefined];
      try {
        loaded = await Promise.all([loadRules(), context()]);
      } catch (error) {
        if (!extensionAlive()) onDead();
        else logDebug(error);
        return;
      }
      const [rules, advice] = loaded;
      if (run !== latest || signal.aborted || !advice) return;
      const ruleContext = ruleContextFor(rules, advice);
      const result = rules.runRules(draft, ruleContext);
      const classification = rules.classifyDraft(draft, ruleContext);
      store.set({
        findings: result.findings,
        ruleErrors: result.failures.map((failure) => failure.rule),
        draftType: {
          format: classification.format,
          category: classification.category ?? null,
          confidence: classification.confidence.category,
        },
        draftHashtags: rules.extractHashtags(draft.text).map((tag) => tag.key),
        now: Date.now(),
      });
    },
    async describe(draft) {
      if (!extensionAlive()) onDead();
      const [rules, advice] = await Promise.all([loadRules(), context()]);
      const chosen = store.get().chosenCategory;
      const classification = advice ? rules.classifyDraft(draft, ruleContextFor(rules, advice)) : undefined;
      const category = chosen ?? classification?.category;
      return {
        format: classification?.format ?? (draft.attachments[0] === 'poll' ? 'poll' : 'text'),
        ...(category ? { category } : {}),
        hashtags: rules.extractHashtags(draft.text).map((tag) => tag.tag),
        links: rules.extractLinks(draft.text).map((link) => link.url),
      };
    },
  };
}
