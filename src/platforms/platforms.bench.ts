/**
 * Adapter budget (docs/ARCHITECTURE.md): a draft read of a 5,000-character multi-paragraph composer, in
 * happy-dom. The comment scan is measured in Chromium (e2e/bench/comment-scan.bench.ts): in
 * happy-dom it measured happy-dom.
 */
import { Window } from 'happy-dom';
import { measure } from '../../e2e/tools/measure';

const statusUrl = 'https://x.com/acmebrand/status/1790000000000000001';

function lexicalComposer(): string {
  const sentence = 'Autumn is here and our new collection brings warm colours to every wardrobe. ';
  const paragraphs: string[] = [];
  let length = 0;
  while (length < 5000) {
    const text = sentence.repeat(2).trim();
    paragraphs.push(`<p dir="ltr"><span data-lexical-text="true">${text}</span></p>`, '<p><br></p>');
    length += text.length + 2;
  }
  return `<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind?">${paragraphs.join('')}</div><div role="button" aria-label="Post">Post</div></div>`;
}

/** The adapters use DOM globals (Node, Element…) as in a page; happy-dom's window provides them. */
function installGlobals(window: Window): () => void {
  const names = [
    'Node',
    'Element',
    'HTMLElement',
    'HTMLTextAreaElement',
    'HTMLInputElement',
    'HTMLAnchorElement',
    'NodeFilter',
  ];
  const saved = names.map((name) => [name, Reflect.get(globalThis, name)] as const);
  for (const name of names) Reflect.set(globalThis, name, Reflect.get(window, name));
  return () => {
    for (const [name, value] of saved) Reflect.set(globalThis, name, value);
  };
}

export async function run(): Promise<void> {
  const window = new Window({ url: statusUrl });
  const restore = installGlobals(window);
  try {
    const { adapter: facebook } = await import('./facebook');
    const document = window.document as unknown as Document;

    document.body.innerHTML = lexicalComposer();
    const [composer] = facebook.composers(document);
    if (!composer) throw new Error('no composer in the benchmark page');
    console.log(`# draft of ${facebook.readDraft(composer).text.length} characters`);
    await measure('draft read, 5,000 chars (happy-dom)', () => facebook.readDraft(composer));
  } finally {
    restore();
    await window.happyDOM.close();
  }
}
