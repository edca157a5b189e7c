/**
 * Buttons that write into the composer keep the editor focused and its caret where the user left
 * it: a mousedown that doesn't move focus means the text goes in at the caret, as the user expects.
 */
export function keepEditorFocus(event: MouseEvent): void {
  event.preventDefault();
}
