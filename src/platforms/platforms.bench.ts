/**
 * Adapter budgets (DESIGN.md): one full comment scan of a page with 2,000 comments under 20 ms, and
 * a draft read of a 5,000-character multi-paragraph composer, in happy-dom. The page is X-like: a
 * brand's status with 2,000 replies, every fifth answered by the brand.
 */
import { Window } from 'happy-dom';
import { xThreadPage } from '../../e2e/bench/x-thread-page';
import { measure } from '../../e2e/tools/measure';

const COMMENTS = 2000;
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
    const { adapter: x } = await import('./x');
    const { adapter: facebook } = await import('./facebook');
    const document = window.document as unknown as Document;

    document.body.innerHTML = xThreadPage(COMMENTS);
    const context = { pageUrl: statusUrl, brandHandle: 'acmebrand' };
    const found = x.comments(document, context);
    const answered = found.filter((comment) => comment.answeredByBrand).length;
    console.log(`# ${found.length} comments found, ${answered} answered by the brand`);
    await measure('comment scan, 2,000 comments (happy-dom)', () => x.comments(document, context), {
      samples: 30,
      budget: 20,
    });

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
