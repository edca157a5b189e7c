/** The options page writes a backup and restores it through the background: both programs, one round trip. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { createHandlers } from '../background/handlers/index';
import { testContext } from '../background/handlers/test-context';
import { dispatch } from '../background/router';
import { PAGE_MAX_CHARS } from '../shared/backup-format';
import type { CommentRecord } from '../shared/comment';
import type { PostRecord } from '../shared/post';
import type { RequestPayload, RequestType, ResponseData } from '../shared/protocol';
import { defaultBrand, defaultSettings } from '../shared/settings-defaults';
import { DB_NAME, database, resetDatabaseConnection } from '../store/db';
import type { SavedDraft } from '../store/schema';
import { readSettings, saveSettings } from '../store/settings-repo';
import { restoreBackup } from '../ui/options/backup-reader';
import { writeBackup } from '../ui/options/backup-writer';

const NOW = Date.parse('2026-03-05T12:00:00Z');
const options = { url: 'chrome-extension://smm/src/ui/options/index.html', fromExtension: true };
const handlers = createHandlers(testContext('1', () => NOW));

/** The largest message either way, in characters of JSON: no message may carry everything. */
let largestMessage = 0;

beforeEach(async () => {
  resetDatabaseConnection();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  largestMessage = 0;
});

/** The options page's `send`, through the router as the browser would deliver it. */
const ask = (async <K extends RequestType>(type: K, payload: RequestPayload<K>) => {
  const message = JSON.stringify({ type, payload });
  const response = await dispatch(JSON.parse(message), options, handlers);
  largestMessage = Math.max(largestMessage, message.length, JSON.stringify(response).length);
  if (!response.ok) throw new Error(response.error.message);
  return response.data as ResponseData[K];
}) as Parameters<typeof writeBackup>[0];

const post = (index: number): PostRecord => ({
  id: `x:${NOW - index}:h${index}`,
  network: 'x',
  brandId: index % 2 ? 'beans' : 'brand-1',
  publishedAt: NOW - index * 60_000,
  format: 'text',
  ...(index % 3 ? { category: 'question' as const } : {}),
  hashtags: [`#tag${index}`],
  links: [],
  excerpt: `Post number ${index} “quoted” \n with a line`,
  source: 'page',
});
const comment = (index: number): CommentRecord => ({
  id: `x:comment-${String(index).padStart(5, '0')}`,
  network: 'x',
  brandId: index % 3 ? 'brand-1' : 'beans',
  author: `someone${index}`,
  excerpt: `Where is my order ${index}? 🍂`,
  writtenAt: NOW - index,
  firstSeenAt: NOW - index,
  pageUrl: 'https://x.com/acmebrand/status/1',
  ...(index % 2 ? { postId: '1' } : {}),
  status: index % 5 ? 'awaiting' : 'answered',
  statusChangedAt: NOW,
  ...(index % 7 ? {} : { reason: 'spam' }),
  ...(index % 4 ? { category: 'question' as const } : {}),
  dueAt: NOW + index,
});
const draft = (index: number, text = `Draft ${index}`): SavedDraft => ({
  key: `x:post:https://x.com/home#tab-${index}`,
  network: 'x',
  kind: 'post',
  pageUrl: 'https://x.com/home',
  text,
  savedAt: NOW - index,
});

async function fill({ posts = 30, comments = 1_200, drafts = 3 } = {}) {
  const settings = defaultSettings();
  await saveSettings({ ...settings, brands: [...settings.brands, defaultBrand('beans', 'Beans')] }, NOW);
  const db = await database();
  const tx = db.transaction(['posts', 'comments', 'drafts', 'checklistDays', 'plan'], 'readwrite');
  for (let i = 0; i < posts; i++) await tx.objectStore('posts').put(post(i));
  for (let i = 0; i < comments; i++) await tx.objectStore('comments').put(comment(i));
  for (let i = 0; i < drafts; i++) await tx.objectStore('drafts').put(draft(i));
  await tx.objectStore('checklistDays').put({ day: '2026-03-05', ticks: { theme: true, 'task:a': true } });
  await tx.objectStore('plan').put({
    id: 'p-1',
    brandId: 'beans',
    day: '2026-03-06',
    network: 'x',
    text: 'Quiz du vendredi',
    category: 'question',
    source: 'idea',
    done: false,
    createdAt: NOW,
  });
  await tx.done;
}

/** Everything a restore may change, to compare before and after. */
async function everything() {
  const db = await database();
  return {
    settings: await readSettings(),
    posts: await db.getAll('posts'),
    comments: await db.getAll('comments'),
    drafts: await db.getAll('drafts'),
    checklistDays: await db.getAll('checklistDays'),
    plan: await db.getAll('plan'),
    staging: await db.count('restoreStaging'),
  };
}

async function exported(at = NOW) {
  return (await writeBackup(ask, at)).blob.text();
}

/** Something else than the backup: another brand's settings, other posts, a store emptied. */
async function changeEverything() {
  await saveSettings({ ...defaultSettings(), retentionDays: 45 }, NOW);
  const db = await database();
  await db.put('posts', post(999));
  await db.clear('comments');
  await db.put('drafts', draft(77, 'Unrelated'));
}

describe('the full backup', () => {
  test('export, restore, export again gives the same file but for the export time', async () => {
    await fill();
    const first = await exported(NOW);
    const before = await everything();
    await changeEverything();
    const restored = await restoreBackup(new Blob([first]), ask);
    expect(restored).toMatchObject({ ok: true, contents: { posts: 30, comments: 1_200, drafts: 3 } });
    const second = await exported(NOW + 3_600_000);
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');
    expect(second).not.toBe(first);
    expect(withoutTime(second)).toBe(withoutTime(first));
    expect(await everything()).toEqual(before);
  });

  test('is one JSON file with its format, version, contents and settings', async () => {
    await fill({ comments: 3 });
    const file = JSON.parse(await exported());
    expect(file).toMatchObject({
      format: 'smm-assistant-backup',
      version: 1,
      exportedAt: '2026-03-05T12:00:00.000Z',
      contents: { posts: 30, comments: 3, drafts: 3, checklistDays: 1, plan: 1 },
      settings: { version: 3 },
    });
    expect(Object.keys(file.stores)).toEqual(['posts', 'comments', 'drafts', 'checklistDays', 'plan']);
    expect(file.stores.comments).toHaveLength(3);
  });

  test('goes out and comes back in pages: no message carries everything', async () => {
    await fill({ comments: 10, drafts: 0 });
    const db = await database();
    for (let i = 0; i < 150; i++) await db.put('drafts', draft(i, `${i} ${'x'.repeat(99_990)}`));
    const file = await exported();
    expect(file.length).toBeGreaterThan(3 * PAGE_MAX_CHARS);
    await changeEverything();
    expect(await restoreBackup(new Blob([file]), ask)).toMatchObject({ ok: true, contents: { drafts: 150 } });
    expect(await db.count('drafts')).toBe(150);
    expect(largestMessage).toBeLessThan(PAGE_MAX_CHARS + 200_000);
  });

  test('a backup without a store restores the others and leaves that one as it is', async () => {
    await fill({ comments: 5 });
    const file = JSON.parse(await exported());
    delete file.contents.drafts;
    delete file.stores.drafts;
    await changeEverything();
    const draftsBefore = (await everything()).drafts;
    const restored = await restoreBackup(new Blob([JSON.stringify(file)]), ask);
    expect(restored).toEqual({
      ok: true,
      settings: expect.anything(),
      contents: { posts: 30, comments: 5, checklistDays: 1, plan: 1 },
    });
    expect((await everything()).drafts).toEqual(draftsBefore);
    expect(draftsBefore.map((saved) => saved.text)).toContain('Unrelated');
    expect((await everything()).comments).toHaveLength(5);
  });
});

test('comments from a backup made before they carried their brand go to the restored active brand', async () => {
  await fill({ comments: 6 });
  const file = JSON.parse(await exported());
  for (const saved of file.stores.comments.slice(0, 4)) delete saved.brandId;
  file.settings.activeBrandId = 'beans';
  await changeEverything();
  expect(await restoreBackup(new Blob([JSON.stringify(file)]), ask)).toMatchObject({ ok: true });
  const brands = Object.fromEntries((await everything()).comments.map((saved) => [saved.id, saved.brandId]));
  expect(brands).toEqual({
    'x:comment-00000': 'beans',
    'x:comment-00001': 'beans',
    'x:comment-00002': 'beans',
    'x:comment-00003': 'beans',
    'x:comment-00004': 'brand-1',
    'x:comment-00005': 'brand-1',
  });
});

describe('a restore that would not restore everything changes nothing', () => {
  async function refused(edit: (file: any) => unknown) {
    await fill({ comments: 20 });
    const file = JSON.parse(await exported());
    await changeEverything();
    const before = await everything();
    const text = edit(file) ?? JSON.stringify(file);
    const result = await restoreBackup(
      new Blob([typeof text === 'string' ? text : JSON.stringify(text)]),
      ask,
    );
    expect(result.ok).toBe(false);
    expect(await everything()).toEqual(before);
    return result.ok ? [] : result.problems;
  }

  test('one bad record: said where, nothing restored', async () => {
    const problems = await refused((file) => {
      file.stores.comments[7].status = 'lost';
    });
    expect(problems).toEqual([
      expect.objectContaining({ path: 'stores.comments[7].status', message: 'errNotAllowed' }),
    ]);
  });

  test('bad settings: said where, nothing restored', async () => {
    const problems = await refused((file) => {
      file.settings.retentionDays = 'long';
    });
    expect(problems).toEqual([expect.objectContaining({ path: 'settings.retentionDays' })]);
  });

  test('a file cut short', async () => {
    const problems = await refused((file) => JSON.stringify(file, null, 2).slice(0, -400));
    expect(problems[0]).toMatchObject({ message: 'errNotJson' });
  });

  test('records missing from what the file says it holds', async () => {
    const problems = await refused((file) => {
      file.stores.comments.pop();
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'stores.comments',
        message: 'errBackupCounts',
        expected: '20',
        received: '19',
      }),
    ]);
  });

  test('a store this version does not know', async () => {
    const problems = await refused((file) => {
      file.contents.ideas = 1;
      file.stores.ideas = [{ id: 'i1' }];
    });
    expect(problems.map((problem) => problem.message)).toContain('errUnknownStore');
  });

  test('another file: a settings export, or a backup of a newer version', async () => {
    expect(
      await refused((file) => ({ format: 'smm-assistant-settings', version: 3, settings: file.settings })),
    ).toEqual([expect.objectContaining({ path: 'format', message: 'errNotBackupFile' })]);
    expect(
      await refused((file) => {
        file.version = 2;
      }),
    ).toEqual([expect.objectContaining({ path: 'version', message: 'errFutureBackup' })]);
  });

  test('a file over the limit is refused before it is read', async () => {
    const huge = {
      size: 300 * 1024 * 1024,
      stream: () => {
        throw new Error('read');
      },
    } as unknown as Blob;
    expect(await restoreBackup(huge, ask)).toEqual({
      ok: false,
      problems: [{ path: '', message: 'errBackupTooLarge', expected: '200 MB', received: '300 MB' }],
    });
  });
});

describe('the staging of a restore', () => {
  const page = (session: string, seq: number, ids: number[]) =>
    ask('restore.page', { session, seq, store: 'posts', records: ids.map(post) });

  test('a page sent twice (a retry after the worker stopped) counts once', async () => {
    const { session } = await ask('restore.begin', {});
    await page(session, 0, [1, 2]);
    await page(session, 0, [1, 2]);
    await page(session, 1, [3]);
    const result = await ask('restore.commit', {
      session,
      settings: defaultSettings(),
      contents: { posts: 3 },
    });
    expect(result).toMatchObject({ restored: true });
    expect(await (await database()).count('posts')).toBe(3);
    expect(await (await database()).count('restoreStaging')).toBe(0);
  });

  test('a lost page: the commit is refused and nothing changes', async () => {
    await fill({ comments: 2 });
    const before = await everything();
    const { session } = await ask('restore.begin', {});
    await page(session, 0, [1, 2]);
    const result = await ask('restore.commit', {
      session,
      settings: defaultSettings(),
      contents: { posts: 3 },
    });
    expect(result).toEqual({
      restored: false,
      problems: [{ path: 'stores.posts', message: 'errRestoreIncomplete', expected: '3', received: '2' }],
    });
    expect({ ...(await everything()), staging: 0 }).toEqual({ ...before, staging: 0 });
  });

  test('a restore begun elsewhere ends this one: its pages are refused', async () => {
    const { session } = await ask('restore.begin', {});
    await ask('restore.begin', {});
    await expect(page(session, 0, [1])).rejects.toThrow('errRestoreGone');
    const result = await ask('restore.commit', { session, settings: defaultSettings(), contents: {} });
    expect(result).toEqual({ restored: false, problems: [{ path: '', message: 'errRestoreGone' }] });
  });

  test('the settings replaced are kept as a backup', async () => {
    await saveSettings({ ...defaultSettings(), retentionDays: 45 }, NOW);
    const { session } = await ask('restore.begin', {});
    await ask('restore.commit', { session, settings: defaultSettings(), contents: {} });
    const kept = await (await database()).getAll('settingsBackups');
    expect(kept).toEqual([
      expect.objectContaining({ reason: 'restore', value: expect.objectContaining({ retentionDays: 45 }) }),
    ]);
  });
});

describe('a settings file over 1 MB', () => {
  test('is refused by the background with the limit named, and nothing changes', async () => {
    await saveSettings({ ...defaultSettings(), retentionDays: 45 }, NOW);
    const file = { ...defaultSettings(), padding: 'x'.repeat(1024 * 1024 + 30_000) };
    expect(await ask('settings.import', { file })).toEqual({
      saved: false,
      problems: [{ path: '', message: 'errSettingsFileTooLarge', expected: '1 MB', received: '1.03 MB' }],
    });
    expect((await readSettings()).retentionDays).toBe(45);
  });
});
