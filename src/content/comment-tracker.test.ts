// @vitest-environment happy-dom
/**
 * The tracking follows a single-page app: a thread root swapped long after the page loaded (past
 * the first 30 s), with or without a new address, is found again and its new replies are reported.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { expected } from '../../e2e/fixtures/x/expected';
import { loadPage, readE2eFixture } from '../platforms/test-page';
import { adapter } from '../platforms/x';
import type { SeenComment } from '../shared/comment';
import { COMMENTS_PER_MESSAGE, trackComments } from './comment-tracker';

vi.mock('../shared/messaging', () => ({ send: vi.fn() }));

interface Seen {
  pageUrl: string;
  brandId?: string;
  comments: SeenComment[];
}
const seen: Seen[] = [];
const request = <T>(call: () => Promise<T>) => call() as Promise<T | undefined>;

beforeEach(async () => {
  seen.length = 0;
  vi.useFakeTimers();
  const { send } = await import('../shared/messaging');
  vi.mocked(send).mockImplementation(async (type, payload) => {
    if (type === 'comments.seen') seen.push(payload as Seen);
    return (type === 'comments.page' ? { items: [], awaitingElsewhere: 0 } : { added: 0 }) as never;
  });
});

afterEach(() => {
  vi.useRealTimers();
});

/** The fixture's thread as another status of the brand: same markup, new ids. */
const otherThread = (html: string) => html.replace(/179000000000000/g, '179100000000000');

function start(handles: string[] = ['acmebrand']) {
  const control = new AbortController();
  trackComments({
    adapter,
    request,
    brandHandles: () => handles,
    brandId: () => 'brand-1',
    onPageComments: () => {},
    signal: control.signal,
  });
  return control;
}

const reportedIds = () => seen.flatMap((batch) => batch.comments.map((comment) => comment.id));

test('a thread root swapped after 31 s is found again and its new replies are reported', async () => {
  loadPage(readE2eFixture('x'), expected.pageUrl);
  const control = start();
  await vi.advanceTimersByTimeAsync(2_000);
  expect(reportedIds()).toEqual(expected.comments.map((comment) => `x:${comment.id}`));
  expect(seen[0].brandId).toBe('brand-1');

  await vi.advanceTimersByTimeAsync(29_000);
  seen.length = 0;
  // The app replaces its column with another thread of the brand, at a new address.
  const next = document.createElement('div');
  next.innerHTML = otherThread(readE2eFixture('x').replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, ''));
  history.pushState({}, '', 'https://x.com/acmebrand/status/1791000000000000001');
  const column = document.querySelector('[data-testid="primaryColumn"]');
  column?.replaceWith(next.querySelector('[data-testid="primaryColumn"]') as Element);
  await vi.advanceTimersByTimeAsync(2_000);

  expect(reportedIds()).toEqual(
    expected.comments.map((comment) => `x:${comment.id.replace('179000', '179100')}`),
  );
  expect(seen.every((batch) => batch.pageUrl === 'https://x.com/acmebrand/status/1791000000000000001')).toBe(
    true,
  );
  control.abort();
});

test('a root replaced at the same address is rescanned too', async () => {
  loadPage(readE2eFixture('x'), expected.pageUrl);
  const control = start();
  await vi.advanceTimersByTimeAsync(31_000);
  seen.length = 0;
  const column = document.querySelector('[data-testid="primaryColumn"]') as Element;
  const fresh = column.cloneNode(true) as Element;
  fresh.innerHTML = otherThread(fresh.innerHTML).replace('1791000000000000001', '1790000000000000001');
  column.replaceWith(fresh);
  await vi.advanceTimersByTimeAsync(2_000);
  expect(reportedIds().length).toBe(expected.comments.length);
  expect(reportedIds()).toContain('x:1791000000000000103');
  control.abort();
});

test('no account named: nothing is sent', async () => {
  loadPage(readE2eFixture('x'), expected.pageUrl);
  const control = start([]);
  await vi.advanceTimersByTimeAsync(5_000);
  expect(seen).toEqual([]);
  control.abort();
});

test('a scan above the per-message limit goes in chunks, none dropped', async () => {
  const replies = Array.from(
    { length: COMMENTS_PER_MESSAGE + 500 },
    (_, index) => `<div data-testid="cellInnerDiv"><article data-testid="tweet">
      <div data-testid="User-Name"><a href="/fan${index}">Fan</a> <a href="/fan${index}/status/${2_000_000 + index}"><time datetime="2025-11-20T09:00:00.000Z">1h</time></a></div>
      <div>Replying to <a href="/acmebrand">@acmebrand</a></div>
      <div data-testid="tweetText">Hello ${index}</div></article></div>`,
  ).join('');
  loadPage(`<main><div data-testid="primaryColumn">${replies}</div></main>`, 'https://x.com/home');
  const control = start();
  await vi.advanceTimersByTimeAsync(2_000);
  expect(seen.map((batch) => batch.comments.length)).toEqual([COMMENTS_PER_MESSAGE, 500]);
  expect(new Set(reportedIds()).size).toBe(COMMENTS_PER_MESSAGE + 500);
  control.abort();
});
