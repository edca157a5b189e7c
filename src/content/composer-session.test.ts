// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Adapter } from '../platforms/adapter';
import { watchPublishing } from '../platforms/publishing';
import type { Draft } from '../shared/draft';
import { send } from '../shared/messaging';
import { createPanelState } from '../ui/panel/state';
import type { Advisor } from './advisor';
import { startComposerSession } from './composer-session';

vi.mock('../shared/messaging', () => ({ send: vi.fn() }));
// Unit tests can't make trusted clicks: the test publishes through the callback given to the watcher.
vi.mock('../platforms/publishing', () => ({ watchPublishing: vi.fn() }));
vi.mock('./dock', () => ({ dockBeside: vi.fn(), isNarrow: () => false }));

/** The background's answers, by request type; a missing answer is a failed request. */
let answers: Record<string, () => Promise<unknown>>;
const sent: string[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  sent.length = 0;
  answers = {
    'drafts.get': async () => null,
    'drafts.save': async () => ({ saved: true }),
    'drafts.clear': async () => ({ cleared: true }),
    'posts.published': async () => ({ added: true }),
  };
  vi.mocked(send).mockImplementation(((type: string) => {
    sent.push(type);
    const answer = answers[type];
    return answer ? answer() : Promise.reject(new Error(`${type} failed`));
  }) as typeof send);
});

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

function start() {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  const container = document.createElement('form');
  container.append(element);
  document.body.append(container);
  const adapter = {
    network: 'x',
    readDraft: (): Draft => ({
      text: element.textContent ?? '',
      network: 'x',
      kind: 'post',
      attachments: [],
    }),
  } as unknown as Adapter;
  const store = createPanelState();
  const advisor = {
    advise: vi.fn(async () => undefined),
    refresh: vi.fn(async () => undefined),
    wake: vi.fn(),
  } as Advisor;
  // As the real requester: a failed request answers undefined, and never throws into the page.
  const request = async <T>(call: () => Promise<T>) => {
    try {
      return await call();
    } catch {
      return undefined;
    }
  };
  startComposerSession({
    adapter,
    composer: { element, container, kind: 'post' },
    store,
    host: document.createElement('div'),
    advisor: advisor as never,
    request,
    chosenCategory: () => null,
    onPublished: vi.fn(),
    signal: new AbortController().signal,
  });
  const type = async (text: string) => {
    element.textContent = text;
    element.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(2_000);
  };
  const publish = async () => {
    const onPublish = vi.mocked(watchPublishing).mock.calls.at(-1)?.[2];
    onPublish?.(adapter.readDraft({ element, container, kind: 'post' }));
    await vi.advanceTimersByTimeAsync(0);
  };
  return { element, store, advisor, type, publish };
}

describe('a draft the background could not save', () => {
  test('shows a notice in the panel, is tried again, and the notice goes once a save works', async () => {
    const session = start();
    answers['drafts.save'] = () => Promise.reject(new Error('QuotaExceededError'));
    await session.type('Our new roast is out');
    expect(session.store.get().draftSaveFailed).toBe(true);
    expect(session.element.textContent).toBe('Our new roast is out');

    // The same text again: still unsaved, so it is sent again.
    answers['drafts.save'] = async () => ({ saved: true });
    await session.type('Our new roast is out');
    expect(sent.filter((type) => type === 'drafts.save')).toHaveLength(2);
    expect(session.store.get().draftSaveFailed).toBe(false);
  });

  test('the saved draft is cleared after publishing only once the post was logged', async () => {
    const session = start();
    await session.type('Our new roast is out');
    answers['posts.published'] = () => Promise.reject(new Error('VersionError'));
    await session.publish();
    expect(sent).toContain('posts.published');
    expect(sent).not.toContain('drafts.clear');

    answers['posts.published'] = async () => ({ added: true });
    await session.type('Second post');
    await session.publish();
    expect(sent).toContain('drafts.clear');
  });
});

describe('a worker that may have stopped', () => {
  test('is woken when the user clicks into the composer, before any input', async () => {
    const session = start();
    expect(session.advisor.wake).not.toHaveBeenCalled();
    session.element.focus();
    expect(session.advisor.wake).toHaveBeenCalledTimes(1);
    await session.type('Our new roast is out');
    expect(session.advisor.wake).toHaveBeenCalledTimes(2);
  });
});
