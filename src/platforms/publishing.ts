/**
 * Noticing that the user publishes from a composer: a click on its post button or its publish
 * shortcut. Listeners are on the document in the capture phase, so the draft is read before the
 * page's own handlers post it and clear the editor. The button is looked up at event time (pages
 * re-render it), and one publish is reported once: a click followed by the shortcut within a
 * second, or a second click on the same unchanged text, is the same post.
 */
import type { Draft } from '../shared/draft';
import type { Adapter, Composer } from './adapter';
import { guard } from './guard';

const SAME_POST_MS = 1000;

function isDisabled(button: HTMLElement): boolean {
  return (
    button.getAttribute('aria-disabled') === 'true' ||
    (button instanceof HTMLButtonElement && button.disabled) ||
    button.closest('fieldset:disabled') !== null
  );
}

/** Only the user publishes: a page script's synthetic click or key is not a post of theirs. */
const byTheUser = (event: Event) => event.isTrusted;

export function watchPublishing(
  adapter: Adapter,
  composer: Composer,
  onPublish: (draft: Draft) => void,
  signal: AbortSignal,
  // Unit tests' DOM can only make synthetic events: they say which ones count as the user's.
  isUserEvent: (event: Event) => boolean = byTheUser,
): void {
  const document = composer.element.ownerDocument;
  let last: { text: string; at: number } | null = null;
  let typedSinceLast = false;

  const publish = () => {
    if (!composer.element.isConnected) return;
    const draft = adapter.readDraft(composer);
    if (!draft.text.trim() && draft.attachments.length === 0) return;
    const now = Date.now();
    const same =
      last !== null && last.text === draft.text && (now - last.at < SAME_POST_MS || !typedSinceLast);
    if (same) return;
    last = { text: draft.text, at: now };
    typedSinceLast = false;
    // The caller's failure is not the page's problem.
    guard(onPublish)(draft);
  };

  const onClick = guard((event: Event) => {
    if (!isUserEvent(event)) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    const button = adapter.postButton(composer);
    if (!button?.contains(target) || isDisabled(button)) return;
    publish();
  });

  const onKeyDown = guard((event: Event) => {
    if (!(event instanceof KeyboardEvent) || !isUserEvent(event) || event.defaultPrevented) return;
    const target = event.target;
    if (!(target instanceof Node) || !composer.element.contains(target)) return;
    if (adapter.isPublishShortcut(event, composer)) publish();
  });

  // A post "sent" again with the same text only counts after the user changed the draft.
  // `beforeinput` too: Lexical cancels it while typing, so no `input` follows.
  const onInput = (event: Event) => {
    if (event.target instanceof Node && composer.element.contains(event.target)) typedSinceLast = true;
  };

  document.addEventListener('click', onClick, { capture: true, signal });
  document.addEventListener('keydown', onKeyDown, { capture: true, signal });
  document.addEventListener('beforeinput', onInput, { capture: true, signal });
  document.addEventListener('input', onInput, { capture: true, signal });
}
