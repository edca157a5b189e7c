import { describe, expect, test } from 'vitest';
import { mastodonOrigin, mastodonScriptId } from '../shared/mastodon-origin';
import { removeMastodonInstance, type ScriptingDeps, syncMastodonScripts } from './mastodon';

function fakeBrowser(registered: string[] = [], permitted: string[] = [], refused: string[] = []) {
  const scripts = new Map(registered.map((id) => [id, { id, matches: [] as string[], js: [] as string[] }]));
  const permissions = new Set(permitted);
  const deps: ScriptingDeps = {
    registeredIds: async () => [...scripts.keys()],
    register: async (list) => {
      // As Chrome: one refused script fails the whole call, and nothing of it is registered.
      for (const script of list) {
        if (script.matches.some((match) => refused.includes(match))) throw new Error(`Invalid match`);
      }
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, script);
      }
    },
    unregister: async (ids) => {
      for (const id of ids) scripts.delete(id);
    },
    hasPermission: async (pattern) => {
      if (!pattern.startsWith('https://')) throw new Error(`Invalid pattern ${pattern}`);
      return permissions.has(pattern);
    },
    removePermission: async (pattern) => {
      permissions.delete(pattern);
    },
    contentScriptFiles: () => ['assets/content.js'],
  };
  return { deps, scripts, permissions };
}

describe('mastodonOrigin', () => {
  test.each([
    ['fosstodon.org', 'https://fosstodon.org'],
    ['  Fosstodon.ORG/home ', 'https://fosstodon.org'],
    ['https://social.example.co.uk/@me', 'https://social.example.co.uk'],
    ['http://fosstodon.org', null],
    ['localhost', null],
    ['192.168.0.1', null],
    ['https://user:pw@fosstodon.org', null],
    ['', null],
    ['not a host', null],
  ])('%s -> %s', (input, origin) => {
    expect(mastodonOrigin(input)).toBe(origin);
  });

  test('script ids name the host', () => {
    expect(mastodonScriptId('https://fosstodon.org')).toBe('mastodon-fosstodon.org');
  });
});

describe('syncMastodonScripts', () => {
  test('registers the content script for each permitted instance, with the manifest files', async () => {
    const browser = fakeBrowser([], ['https://a.example/*', 'https://b.example/*']);
    const result = await syncMastodonScripts(['https://a.example', 'https://b.example'], browser.deps);
    expect(result).toEqual({
      registered: ['mastodon-a.example', 'mastodon-b.example'],
      unregistered: [],
      failed: [],
    });
    expect(browser.scripts.get('mastodon-a.example')).toEqual({
      id: 'mastodon-a.example',
      matches: ['https://a.example/*'],
      js: ['assets/content.js'],
      runAt: 'document_idle',
    });
  });

  test('is idempotent: a second run (a worker restart) changes nothing', async () => {
    const browser = fakeBrowser([], ['https://a.example/*']);
    await syncMastodonScripts(['https://a.example'], browser.deps);
    expect(await syncMastodonScripts(['https://a.example'], browser.deps)).toEqual({
      registered: [],
      unregistered: [],
      failed: [],
    });
  });

  test('skips instances without permission and drops scripts of instances no longer listed', async () => {
    const browser = fakeBrowser(['mastodon-old.example', 'other-script'], ['https://a.example/*']);
    const result = await syncMastodonScripts(['https://a.example', 'https://b.example'], browser.deps);
    expect(result).toEqual({
      registered: ['mastodon-a.example'],
      unregistered: ['mastodon-old.example'],
      failed: [],
    });
    expect([...browser.scripts.keys()].sort()).toEqual(['mastodon-a.example', 'other-script']);
  });

  test('a bad entry does not keep the other instances from being registered, and is reported', async () => {
    const browser = fakeBrowser([], ['https://a.example/*', 'https://c.example/*']);
    const result = await syncMastodonScripts(
      [
        'javascript:alert(1)',
        'https://a.example',
        'http://b.example',
        'https://c.example/path',
        'https://c.example',
      ],
      browser.deps,
    );
    expect(result.registered).toEqual(['mastodon-a.example', 'mastodon-c.example']);
    expect(result.failed.map((failure) => failure.origin)).toEqual([
      'javascript:alert(1)',
      'http://b.example',
      'https://c.example/path',
    ]);
    expect([...browser.scripts.keys()].sort()).toEqual(['mastodon-a.example', 'mastodon-c.example']);
  });

  test('a script the browser refuses fails alone; the others are registered', async () => {
    const browser = fakeBrowser(
      [],
      ['https://a.example/*', 'https://b.example/*', 'https://c.example/*'],
      ['https://b.example/*'],
    );
    const result = await syncMastodonScripts(
      ['https://a.example', 'https://b.example', 'https://c.example'],
      browser.deps,
    );
    expect(result.registered).toEqual(['mastodon-a.example', 'mastodon-c.example']);
    expect(result.failed).toEqual([{ origin: 'https://b.example', reason: 'Invalid match' }]);
    expect([...browser.scripts.keys()].sort()).toEqual(['mastodon-a.example', 'mastodon-c.example']);
  });

  test('a permission check that throws fails that instance alone', async () => {
    const browser = fakeBrowser([], ['https://a.example/*']);
    const hasPermission = browser.deps.hasPermission;
    browser.deps.hasPermission = async (pattern) => {
      if (pattern === 'https://b.example/*') throw new Error('permissions unavailable');
      return hasPermission(pattern);
    };
    const result = await syncMastodonScripts(['https://b.example', 'https://a.example'], browser.deps);
    expect(result.registered).toEqual(['mastodon-a.example']);
    expect(result.failed).toEqual([{ origin: 'https://b.example', reason: 'permissions unavailable' }]);
  });

  test('removing an instance unregisters it and gives the permission back', async () => {
    const browser = fakeBrowser([], ['https://a.example/*']);
    await syncMastodonScripts(['https://a.example'], browser.deps);
    await removeMastodonInstance('https://a.example', browser.deps);
    expect(browser.scripts.size).toBe(0);
    expect(browser.permissions.size).toBe(0);
  });
});
