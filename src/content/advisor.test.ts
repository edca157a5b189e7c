import { beforeEach, expect, test, vi } from 'vitest';
import type { Draft } from '../shared/draft';
import type { Advice } from '../shared/protocol';
import { createPanelState } from '../ui/panel/state';
import { createAdvisor } from './advisor';

/** Each request waits until the test answers it, so answers can arrive in any order. */
const pending: { text: string; answer: (advice: Advice | undefined) => void }[] = [];
vi.mock('../shared/messaging', () => ({ send: vi.fn() }));
const request = <T>(call: () => Promise<T>) => call() as Promise<T | undefined>;

beforeEach(async () => {
  pending.length = 0;
  const { send } = await import('../shared/messaging');
  vi.mocked(send).mockImplementation(
    (_type, payload) =>
      new Promise((resolve) =>
        pending.push({
          text: (payload as { draft: Draft }).draft.text,
          answer: (advice) => resolve(advice as never),
        }),
      ),
  );
});

const draft = (text: string): Draft => ({ text, network: 'x', kind: 'post', attachments: [] });
const adviceAbout = (text: string): Advice => ({
  now: 1,
  findings: [{ id: 'links.external', severity: 'warn', message: 'ruleLinksExternal', evidence: [text] }],
  ruleErrors: [],
  draftType: { format: 'text', category: null, confidence: 0 },
  draftHashtags: [],
  suggestions: [],
});

test('an answer about an older draft never overwrites the newer one', async () => {
  const store = createPanelState();
  const advisor = createAdvisor(store, request, new AbortController().signal, () => null);
  const first = advisor.advise(draft('old'));
  const second = advisor.advise(draft('new'));
  pending[1].answer(adviceAbout('new'));
  await second;
  pending[0].answer(adviceAbout('old'));
  await first;
  expect(store.get().findings[0].evidence).toEqual(['new']);
});

test('the same settled draft is asked about once; a refresh asks again', async () => {
  const store = createPanelState();
  const advisor = createAdvisor(store, request, new AbortController().signal, () => null);
  const once = advisor.advise(draft('same'));
  void advisor.advise(draft('same'));
  expect(pending).toHaveLength(1);
  pending[0].answer(adviceAbout('same'));
  await once;
  const again = advisor.refresh();
  expect(pending).toHaveLength(2);
  pending[1].answer(adviceAbout('same'));
  await again;
});

test('a cold worker that missed the first request is asked again, and its answer lands', async () => {
  vi.useFakeTimers();
  const store = createPanelState();
  const advisor = createAdvisor(store, request, new AbortController().signal, () => null);
  const asked = advisor.advise(draft('first keystrokes'));
  pending[0].answer(undefined);
  await vi.advanceTimersByTimeAsync(1_000);
  expect(pending).toHaveLength(2);
  pending[1].answer(adviceAbout('first keystrokes'));
  await asked;
  expect(store.get().findings[0].evidence).toEqual(['first keystrokes']);
  vi.useRealTimers();
});

test('the first keystroke after a quiet time wakes the worker once; typing on asks nothing more', async () => {
  vi.useFakeTimers({ now: 1_000_000 });
  try {
    const { send } = await import('../shared/messaging');
    vi.mocked(send).mockClear();
    const advisor = createAdvisor(createPanelState(), request, new AbortController().signal, () => null);
    advisor.wake();
    advisor.wake();
    expect(vi.mocked(send).mock.calls.map(([type]) => type)).toEqual(['ping']);
    vi.advanceTimersByTime(5_000);
    void advisor.advise(draft('hello'));
    vi.advanceTimersByTime(19_000);
    advisor.wake();
    expect(vi.mocked(send).mock.calls.map(([type]) => type)).toEqual(['ping', 'advice.request']);
    vi.advanceTimersByTime(2_000);
    advisor.wake();
    expect(vi.mocked(send).mock.calls.map(([type]) => type)).toEqual(['ping', 'advice.request', 'ping']);
  } finally {
    vi.useRealTimers();
  }
});
