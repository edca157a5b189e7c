import { defaultSettings } from './settings-defaults';

/** Settings as version 1 wrote them: one switch for all reminders, and a brand with everything filled. */
export function v1Settings(notifications: boolean): Record<string, unknown> {
  const { notifications: _dropped, ...current } = structuredClone(defaultSettings());
  return {
    ...current,
    version: 1,
    brands: [
      {
        id: 'acme',
        name: 'Acme Coffee',
        accounts: { x: '@acme', mastodon: '@acme@fosstodon.org' },
        ownDomains: ['acme.example'],
        language: 'fr',
      },
      { id: 'beans', name: 'Beans', accounts: {}, ownDomains: [] },
    ],
    activeBrandId: 'beans',
    localEvents: [{ id: 'e1', name: 'Street fair', start: '2026-06-01', end: '2026-06-02', place: 'Lyon' }],
    recurringTasks: [{ id: 'mentions', label: 'Check mentions' }],
    mastodonInstances: ['https://fosstodon.org'],
    deleteGuard: false,
    notifications,
  };
}
