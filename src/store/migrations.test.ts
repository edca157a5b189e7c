import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, test } from 'vitest';
import { openDatabase } from './db';
import { DB_VERSION, migrations } from './migrations';

/** Records a database of each version holds, to check that every later version keeps them. */
const dataAtVersion: Record<number, Record<string, Record<string, unknown>[]>> = {
  1: {
    settings: [{ id: 'current', value: { version: 1, brands: [] }, savedAt: 1 }],
    posts: [
      { id: 'x:1', network: 'x', publishedAt: 10, format: 'text', hashtags: [], links: [], excerpt: 'a' },
    ],
    comments: [
      {
        id: 'x:c1',
        network: 'x',
        status: 'awaiting',
        dueAt: 100,
        pageUrl: 'https://x.com/a',
        statusChangedAt: 5,
      },
      {
        id: 'x:c2',
        network: 'x',
        status: 'answered',
        dueAt: 50,
        pageUrl: 'https://x.com/a',
        statusChangedAt: 7,
      },
    ],
  },
  2: {
    checklistDays: [{ day: '2026-11-26', ticks: { 'check-mentions': true } }],
    drafts: [{ key: 'x:post:p', network: 'x', kind: 'post', pageUrl: 'p', text: 'draft', savedAt: 3 }],
    prefs: [{ key: 'panelCollapsed', value: true }],
  },
  3: {
    settingsBackups: [
      { id: 'import-1', reason: 'import', takenAt: 9, value: { version: 2, brands: [] }, savedAt: 1 },
    ],
  },
  4: {
    restoreStaging: [{ session: 's-1', seq: 0, store: 'posts', records: [{ id: 'x:2' }], stagedAt: 11 }],
  },
  5: {
    plan: [
      {
        id: 'p-1',
        brandId: 'brand-1',
        day: '2026-12-01',
        network: 'x',
        text: 'Quiz du mardi : quel croissant ?',
        source: 'idea',
        done: false,
        createdAt: 12,
      },
    ],
  },
  6: {
    comments: [
      {
        id: 'x:c3',
        network: 'x',
        brandId: 'brand-2',
        status: 'no-reply-needed',
        dueAt: 60,
        pageUrl: 'https://x.com/b',
        statusChangedAt: 8,
      },
    ],
  },
};

/** What a record in a database of `version` looks like at the newest: comments before 6 get their brand. */
function upgraded(store: string, version: number, record: Record<string, unknown>): Record<string, unknown> {
  // The version-1 settings name no brand: the first brand's default id stands in.
  return store === 'comments' && version < 6 ? { ...record, brandId: 'brand-1' } : record;
}

let counter = 0;
const names: string[] = [];
afterEach(() => {
  for (const name of names.splice(0)) indexedDB.deleteDatabase(name);
});

describe('database migrations', () => {
  test('every version has test data', () => {
    expect(Object.keys(dataAtVersion).map(Number)).toEqual(migrations.map((_, index) => index + 1));
  });

  const earlier = Array.from({ length: DB_VERSION }, (_, index) => index + 1);
  test.each(earlier)(
    'a database created at version %i opens at the newest with nothing lost',
    async (version) => {
      const name = `migration-${version}-${counter++}`;
      names.push(name);
      const old = await openDatabase(name, version);
      const expected: [string, Record<string, unknown>][] = [];
      for (let v = 1; v <= version; v++) {
        for (const [store, records] of Object.entries(dataAtVersion[v])) {
          for (const record of records) {
            await old.put(store as never, record as never);
            expected.push([store, upgraded(store, version, record)]);
          }
        }
      }
      old.close();

      const db = await openDatabase(name);
      expect(db.version).toBe(DB_VERSION);
      expect([...db.objectStoreNames].sort()).toEqual(
        [
          'checklistDays',
          'comments',
          'drafts',
          'plan',
          'posts',
          'prefs',
          'restoreStaging',
          'settings',
          'settingsBackups',
        ].sort(),
      );
      for (const [store, record] of expected) {
        const key = (record.id ?? record.key ?? record.day ?? [record.session, record.seq]) as string;
        expect(await db.get(store as never, key)).toEqual(record);
      }
      // Indexes added by later steps see the records written before them.
      const answered = await db.getAllFromIndex(
        'comments',
        'byStatusChanged',
        IDBKeyRange.bound(['answered', 0], ['answered', Infinity]),
      );
      expect(answered.map((comment) => comment.id)).toEqual(['x:c2']);
      const awaiting = await db.countFromIndex(
        'comments',
        'byStatusDue',
        IDBKeyRange.bound(['awaiting', 0], ['awaiting', Infinity]),
      );
      expect(awaiting).toBe(1);
      const brandAwaiting = await db.countFromIndex(
        'comments',
        'byBrandStatusDue',
        IDBKeyRange.bound(['brand-1', 'awaiting', 0], ['brand-1', 'awaiting', Infinity]),
      );
      // The awaiting comment of version 1 is the first brand's once step 5 ran over it.
      expect(brandAwaiting).toBe(version < 6 ? 1 : 0);
      db.close();
    },
  );

  test('steps run in order from the version on disk, each once', async () => {
    const name = `migration-order-${counter++}`;
    names.push(name);
    (await openDatabase(name, 1)).close();
    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect([...raw.objectStoreNames].sort()).toEqual(['comments', 'posts', 'settings']);
    raw.close();
  });
});
