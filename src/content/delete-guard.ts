import type { Adapter, CommentScanContext } from '../platforms/adapter';
import { guard } from '../platforms/guard';
import type { PanelState } from '../ui/panel/state';

export interface DeleteGuardOptions {
  adapter: Adapter;
  scanContext: () => CommentScanContext;
  enabled: () => boolean;
  show: (guard: PanelState['deleteGuard']) => void;
  signal: AbortSignal;
}

/**
 * The handbook never deletes a negative comment. When the user picks "Delete" for a comment that
 * is not the brand's own, the click is held and the panel reminds them of the policy. "Delete
 * anyway" repeats the user's own click on the page's own button; nothing is ever deleted for them.
 */
export function guardDeletes(options: DeleteGuardOptions): void {
  const { adapter, signal } = options;
  let lastComment: Element | null = null;
  let letThrough = false;

  // Menus open far from the comment they act on: remember the comment the user last pointed at.
  document.addEventListener(
    'pointerdown',
    guard((event: PointerEvent) => {
      const target = event.target;
      if (!(target instanceof Element)) return;
      const item = adapter.commentItemAt(target);
      if (item && !item.closest('[role="menu"]')) lastComment = item;
    }),
    { capture: true, passive: true, signal },
  );

  const isOthersComment = (item: Element): boolean => {
    const scope = item.parentElement ?? item;
    return adapter
      .comments(scope, options.scanContext())
      .some((comment) => adapter.commentElement(comment.id, scope) === item);
  };

  window.addEventListener(
    'click',
    guard((event: MouseEvent) => {
      if (letThrough || !options.enabled()) return;
      const target = event.target;
      const action = target instanceof Element ? adapter.deleteActionAt(target) : null;
      if (!action) return;
      const item = adapter.commentItemAt(action) ?? lastComment;
      if (!item?.isConnected || !isOthersComment(item)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      options.show({
        proceed: guard(() => {
          options.show(null);
          letThrough = true;
          try {
            action.click();
          } finally {
            letThrough = false;
          }
        }),
        cancel: () => options.show(null),
      });
    }),
    { capture: true, signal },
  );
}
