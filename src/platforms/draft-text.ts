/**
 * The text of a composer as its editor holds it (docs/ARCHITECTURE.md, "Reading a draft"). `innerText`
 * invents newlines in `<p>`-based editors and `textContent` loses them, so blocks are walked:
 * each block is a line, a `<br>` inside a block breaks it, and a `<br>` that ends a block is the
 * editors' empty-line filler. Emoji images count as their `alt` text.
 */
/** Elements that start a line of their own, in editors and in page text alike. */
export const blockTags: ReadonlySet<string> = new Set([
  'P',
  'DIV',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'UL',
  'OL',
  'SECTION',
  'ARTICLE',
]);

export function readComposerText(element: HTMLElement): string {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return element.value;
  return blockLines(element).join('\n');
}

function blockLines(block: Element): string[] {
  const lines: string[] = [];
  let line = '';
  let inline = false;
  let pendingBreak = false;
  const breakLine = () => {
    lines.push(line);
    line = '';
    inline = false;
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.nodeValue ?? '').replace(/[\u200b\ufeff]/g, '');
      if (!text) return;
      if (pendingBreak) breakLine();
      pendingBreak = false;
      line += text;
      inline = true;
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      if (pendingBreak) breakLine();
      pendingBreak = true;
      inline = true;
      return;
    }
    if (node.tagName === 'IMG') {
      if (pendingBreak) breakLine();
      pendingBreak = false;
      line += node.getAttribute('alt') ?? '';
      inline = true;
      return;
    }
    if (blockTags.has(node.tagName)) {
      if (inline) breakLine();
      pendingBreak = false;
      const inner = blockLines(node);
      lines.push(...(inner.length ? inner : ['']));
      return;
    }
    for (const child of node.childNodes) visit(child);
  };
  for (const child of block.childNodes) visit(child);
  if (inline) lines.push(line);
  return lines;
}
