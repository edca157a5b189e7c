import type { Adapter, Composer } from '../platforms/adapter';
import { guard } from '../platforms/guard';
import { insertTextChecked } from '../platforms/insert-text';
import { watchPublishing } from '../platforms/publishing';
import type { Category } from '../shared/content-types';
import type { Draft } from '../shared/draft';
import { send } from '../shared/messaging';
import type { PanelStore } from '../ui/panel/state';
import type { Advisor } from './advisor';
import { dockBeside, isNarrow } from './dock';
import { countGraphemes } from './graphemes';
import type { Requester } from './request';
import { debounce } from './schedule';

/** Typing must pause this long before the panel recomputes: keeps work off the keystroke path. */
const UPDATE_DELAY_MS = 80;
/** Autosave waits for a longer pause: a draft is saved, not every keystroke. */
const AUTOSAVE_DELAY_MS = 1_000;

export interface ComposerSessionOptions {
  adapter: Adapter;
  composer: Composer;
  store: PanelStore;
  host: HTMLElement;
  advisor: Advisor;
  request: Requester;
  /** The category the user chose in the panel, which wins over the guess. */
  chosenCategory: () => Category | null;
  /** Called after a post from this composer was logged. */
  onPublished: () => void;
  signal: AbortSignal;
}

export interface ComposerSession {
  composer: Composer;
  /** Inserts through the editor's own input path; false (and a notice) when the editor refused. */
  insert(text: string): Promise<boolean>;
  /**
   * Inserts a hashtag at the end of the draft, after a space when the text there (read from the
   * editor now, not from the last settled draft) ends with a word: `word#Tag` is no tag.
   */
  insertHashtag(hashtag: string): Promise<boolean>;
  restore(): Promise<void>;
}

/**
 * The page part of the key a composer's draft is saved under: network, kind and page. The background
 * adds the tab it came from (it knows `sender.tab`; the page doesn't, and the host page's own
 * sessionStorage is not ours to write), so two tabs of one page keep separate drafts, and a new tab
 * is still offered a closed tab's draft of its page (store/drafts-repo.ts).
 */
export function draftKey(network: string, kind: string, location: Location): string {
  return `${network}:${kind}:${location.origin}${location.pathname}`;
}

/** Follows one composer: its draft, the advice, autosave, publishing and where the panel docks. */
export function startComposerSession(options: ComposerSessionOptions): ComposerSession {
  const { adapter, composer, store, advisor, request, signal } = options;
  const network = adapter.network ?? 'x';
  const key = draftKey(network, composer.kind, location);
  let lastSaved: string | null = null;

  const readDraft = (): Draft => adapter.readDraft(composer);

  const update = guard(() => {
    if (!composer.element.isConnected) return;
    const draft = readDraft();
    store.set({ draft, characters: countGraphemes(draft.text), insertFailed: null });
    if (draft.text.trim()) store.set({ restorable: null });
    void advisor.advise(draft);
    autosave.schedule();
  });
  const updater = debounce(update, UPDATE_DELAY_MS);

  const autosave = debounce(
    guard(async () => {
      if (!adapter.network) return;
      const text = readDraft().text;
      if (text === lastSaved) return;
      lastSaved = text;
      const saved = await request(() =>
        send('drafts.save', {
          key,
          network,
          kind: composer.kind,
          pageUrl: location.href,
          text: text.slice(0, 100_000),
        }),
      );
      // A failed save is said in the panel and tried again at the next pause; the text stays in
      // the editor either way.
      if (!saved) lastSaved = null;
      if (store.get().draftSaveFailed !== !saved) store.set({ draftSaveFailed: !saved });
    }),
    AUTOSAVE_DELAY_MS,
  );

  const onInput = () => {
    advisor.wake();
    updater.schedule();
  };
  composer.element.addEventListener('input', onInput, { signal });
  // A click into the composer comes before a paste, which is a single input: the worker starts at
  // the click, not after the paste settles.
  composer.element.addEventListener('focusin', () => advisor.wake(), { signal });
  if (composer.element.contains(document.activeElement)) advisor.wake();
  const observer = new MutationObserver(updater.schedule);
  // The container holds attachment previews; the editor itself changes on every keystroke.
  observer.observe(composer.container, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    updater.cancel();
    autosave.flush();
  });

  watchPublishing(
    adapter,
    composer,
    guard(async (draft: Draft) => {
      autosave.cancel();
      lastSaved = '';
      const category = options.chosenCategory();
      // Logged under the brand the panel advised for.
      const brandId = options.store.get().brand?.id;
      const logged = await request(() =>
        send('posts.published', {
          draft: { ...draft, text: draft.text.slice(0, 100_000) },
          publishedAt: Date.now(),
          ...(category ? { category } : {}),
          ...(brandId ? { brandId } : {}),
        }),
      );
      // The saved draft goes only once the post is in the log: if logging failed, it stays to be
      // brought back.
      if (logged) await request(() => send('drafts.clear', { key }));
      store.set({ chosenCategory: null, restorable: null });
      void advisor.refresh();
      options.onPublished();
    }),
    signal,
  );

  dockBeside(options.host, composer.container, composer.element, signal, (side) => {
    if (side === 'corner' && isNarrow(window.innerWidth)) store.set({ collapsed: true });
  });

  // The safety net: an empty composer with a recent saved draft offers to bring it back.
  if (adapter.network && !readDraft().text.trim()) {
    void request(() => send('drafts.get', { key })).then((saved) => {
      if (saved && !signal.aborted && !readDraft().text.trim()) store.set({ restorable: saved });
    });
  } else {
    store.set({ restorable: null });
  }

  update();

  // The checked insertion waits for Lexical and React to take the text before judging the result.
  const insert = async (text: string): Promise<boolean> => {
    const result = await insertTextChecked(composer.element, text);
    if (!result.ok) {
      store.set({ insertFailed: text });
      return false;
    }
    updater.schedule();
    return true;
  };

  return {
    composer,
    insert,
    insertHashtag: (hashtag) => insert(/\S$/u.test(readDraft().text) ? ` ${hashtag}` : hashtag),
    async restore() {
      const saved = store.get().restorable;
      if (saved && (await insert(saved.text))) store.set({ restorable: null });
    },
  };
}
