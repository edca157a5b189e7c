import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { twitterLength } from '../rules/index';
import type { Draft } from '../shared/draft';
import { defaultSettings } from '../shared/settings-defaults';
import { DB_NAME, resetDatabaseConnection } from '../store/db';
import { logPost } from '../store/posts-repo';
import { saveSettings } from '../store/settings-repo';
import { adviseDraft, exactTwitterLength, publishedFacts } from './advice';

// Tuesday 16 March 2027, noon in Paris.
const NOW = Date.parse('2027-03-16T11:00:00Z');

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  const settings = defaultSettings();
  settings.brands[0].businessHours.timeZone = 'Europe/Paris';
  settings.brands[0].country = 'FR';
  await saveSettings(settings, NOW);
});

const draft = (text: string, extra: Partial<Draft> = {}): Draft => ({
  text,
  network: 'x',
  kind: 'post',
  attachments: [],
  ...extra,
});

describe('advice on a draft, from the background', () => {
  test('an external link is a finding; the guessed type and today’s theme come with it', async () => {
    const advice = await adviseDraft(draft('Read this: example.org/story #TipTuesday'), { now: NOW });
    expect(advice.findings.map((finding) => finding.id)).toContain('links.external');
    expect(advice.draftType.format).toBe('link');
    expect(advice.draftHashtags).toEqual(['tiptuesday']);
    expect(advice.suggestions.map((suggestion) => suggestion.hashtag)).toContain('#TriviaTuesday');
    expect(advice.now).toBe(NOW);
  });

  test('the user’s category wins over the guess, in the advice and in the log', async () => {
    const text = 'What is your favourite croissant?';
    expect((await adviseDraft(draft(text), { now: NOW })).draftType.category).toBe('question');
    const facts = await publishedFacts(draft(text), { now: NOW, category: 'promo' });
    expect(facts).toEqual({ format: 'text', category: 'promo', hashtags: [], links: [] });
  });

  test('the cadence reads the log: a second post too soon is flagged', async () => {
    await logPost({
      id: 'x:1',
      network: 'x',
      brandId: 'brand-1',
      publishedAt: NOW - 10 * 60_000,
      format: 'text',
      hashtags: [],
      links: [],
      excerpt: 'Earlier',
      source: 'page',
    });
    const advice = await adviseDraft(draft('Another one'), { now: NOW });
    expect(advice.findings.map((finding) => finding.id)).toContain('frequency.min-gap');
  });
});

describe('the exact X count of a long draft', () => {
  // Links glued to ligatures and ellipses are where the fast count and twitter-text part ways.
  const long = 'Ａﬀx.com ﬀété www.x.co/p?q=1 👩🏽‍💻www.x.co/p?q=1 …hello '.repeat(20);

  test('is twitter-text’s own figure, and the length finding uses it', async () => {
    const exact = exactTwitterLength(draft(long));
    expect(exact).toBeGreaterThan(280);
    expect(exact).not.toBe(twitterLength(long));
    const advice = await adviseDraft(draft(long), { now: NOW });
    const over = advice.findings.find((finding) => finding.id === 'length.over');
    expect(over?.evidence).toEqual([`${exact}/280`]);
  });

  test('is only taken for X drafts past the fast count’s range', () => {
    expect(exactTwitterLength(draft('short'))).toBeUndefined();
    expect(exactTwitterLength(draft(long, { network: 'mastodon' }))).toBeUndefined();
  });
});
