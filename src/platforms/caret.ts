/**
 * Where inserted text goes (docs/ARCHITECTURE.md, "Writing into a composer"): at the user's caret when it is
 * inside the editor, else at the end — a collapsed caret after the last text node of the last
 * block, before a trailing `<br>` (the editors' empty-line filler), never on the editable root
 * itself (Lexical, Draft and ProseMirror ignore or mis-map a selection on their root).
 */

/** The editable root's selection, when the document's selection is inside it. */
export function selectionInside(root: HTMLElement): Selection | null {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const { anchorNode, focusNode } = selection;
  return anchorNode && focusNode && root.contains(anchorNode) && root.contains(focusNode) ? selection : null;
}

/** Text nodes, `<br>` and images (emoji) are where a caret can sit; the last one decides. */
function lastLeaf(root: HTMLElement): Node | null {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        return (node.nodeValue ?? '').replace(/[\u200b\ufeff]/g, '')
          ? NodeFilter.FILTER_ACCEPT
          : NodeFilter.FILTER_SKIP;
      }
      const element = node as Element;
      // Non-editable islands (mention chips, placeholders) are not places to type into.
      if (element instanceof HTMLElement && element.contentEditable === 'false')
        return NodeFilter.FILTER_REJECT;
      return element.tagName === 'BR' || element.tagName === 'IMG'
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_SKIP;
    },
  });
  let last: Node | null = null;
  while (walker.nextNode()) last = walker.currentNode;
  return last;
}

/** The innermost last block, for an editor with no leaf at all (an empty `<p></p>`). */
function lastBlock(root: HTMLElement): Element {
  let block: Element = root;
  while (block.lastElementChild) block = block.lastElementChild;
  return block;
}

/** A collapsed range at the end of the editor's text, by the rules above. */
export function endOfText(root: HTMLElement): Range {
  const range = root.ownerDocument.createRange();
  const leaf = lastLeaf(root);
  const beforeBreak = leaf && (leaf as Element).tagName === 'BR' ? leaf.previousSibling : null;
  if (leaf?.nodeType === Node.TEXT_NODE) range.setStart(leaf, (leaf.nodeValue ?? '').length);
  else if (beforeBreak?.nodeType === Node.TEXT_NODE && beforeBreak.nodeValue) {
    // `text<br>`: the same place, expressed in the text node, as editors map it most reliably.
    range.setStart(beforeBreak, beforeBreak.nodeValue.length);
  } else if (leaf && (leaf as Element).tagName === 'BR') range.setStartBefore(leaf);
  else if (leaf) range.setStartAfter(leaf);
  else {
    // An empty editor: inside its innermost last block, or in the root when it has no block
    // (a plain contenteditable that holds nothing yet).
    const block = lastBlock(root);
    range.setStart(block, block.childNodes.length);
  }
  range.collapse(true);
  return range;
}

/** Puts the caret at the end of the editor's text unless the user's caret is already inside. */
export function ensureCaret(root: HTMLElement): 'kept' | 'placed' {
  if (selectionInside(root)) return 'kept';
  const selection = root.ownerDocument.getSelection();
  if (!selection) return 'placed';
  selection.removeAllRanges();
  selection.addRange(endOfText(root));
  return 'placed';
}

/** Re-applies the current selection unchanged, so the page's editor gets a fresh selectionchange. */
export function announceCaret(root: HTMLElement): void {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return;
  const ranges = Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
  selection.removeAllRanges();
  for (const range of ranges) selection.addRange(range);
}

/** For textareas: the field keeps the user's last caret (or selection) even while unfocused. */
export function textareaCaret(field: HTMLTextAreaElement | HTMLInputElement): [number, number] {
  const end = field.value.length;
  return [field.selectionStart ?? end, field.selectionEnd ?? end];
}
