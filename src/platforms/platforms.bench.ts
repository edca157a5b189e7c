/**
 * Adapter budgets (DESIGN.md): one full comment scan of a page with 2,000 comments under 20 ms, and
 * a draft read of a 5,000-character multi-paragraph composer, in happy-dom. The page is X-like: a
 * brand's status with 2,000 replies, every fifth answered by the brand.
 */
import { Window } from 'happy-dom';
import { measure } from '../../e2e/tools/measure';

const COMMENTS = 2000;
const statusUrl = 'https://x.com/acmebrand/status/1790000000000000001';

function tweet(handle: string, id: string, text: string, replyingTo: string): string {
  return `<div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="0">
    <div data-testid="User-Name"><a href="/${handle}" role="link">${handle}</a><a href="/${handle}" role="link">@${handle}</a> · <a href="/${handle}/status/${id}" role="link"><time datetime="2025-11-20T09:05:00.000Z">4h</time></a></div>
    <div>Replying to <a href="/${replyingTo}">@${replyingTo}</a></div>
    <div data-testid="tweetText" lang="en" dir="auto"><span>${text}</span><img alt="🎉" src="https://abs-0.twimg.com/emoji/v2/svg/1f389.svg"></div>
  </article></div>`;
}

function xPage(): string {
  const cells = [tweet('acmebrand', '1790000000000000001', 'Our autumn collection is here!', 'acmebrand')];
  const id = (n: number) => `17900000000${String(n).padStart(8, '0')}`;
  for (let index = 0; index < COMMENTS; index++) {
    const handle = `user_${index}`;
    cells.push(tweet(handle, id(index * 2), `Question number ${index}: do you ship to Canada?`, 'acmebrand'));
    if (index % 5 === 0) cells.push(tweet('acmebrand', id(index * 2 + 1), 'Yes, we do!', handle));
  }
  return `<main role="main"><div data-testid="primaryColumn"><div aria-label="Timeline: Conversation">${cells.join('')}</div></div></main>`;
}

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

    document.body.innerHTML = xPage();
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
