import { settingsSizeProblem } from '../../shared/backup-format';
import { parseSettings } from '../../shared/settings-migrations';
import type { Problem } from '../../shared/validation';
import {
  abortRestore,
  beginRestore,
  commitRestore,
  recordsPage,
  stageRestorePage,
  storeCounts,
} from '../../store/backup-repo';
import { readSettings } from '../../store/settings-repo';
import { syncMastodonScripts } from '../mastodon';
import type { DomainHandlers, HandlerContext } from './context';

/**
 * Held while a restore step runs: steps of two options pages never interleave, and an extension
 * page can see a commit in progress (`navigator.locks.query()`), which the fault tests use to stop
 * the worker in the middle of one.
 */
export const RESTORE_LOCK = 'smm-assistant-restore';

function exclusive<T>(step: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  return locks ? locks.request(RESTORE_LOCK, step) : step();
}

const inSettings = (problem: Problem): Problem => ({
  ...problem,
  path: problem.path ? `settings.${problem.path}` : 'settings',
});

/**
 * The full backup, out in pages, and its restore: staged page by page, then committed all at once
 * (shared/backup-format.ts says what the file holds; store/backup-repo.ts how it is staged).
 */
export function backupHandlers(
  context: HandlerContext,
): DomainHandlers<
  'backup.summary' | 'backup.page' | 'restore.begin' | 'restore.page' | 'restore.commit' | 'restore.abort'
> {
  const { now, scripting } = context;
  return {
    'backup.summary': async () => ({ contents: await storeCounts(), settings: await readSettings() }),
    'backup.page': ({ store, after, limit }) => recordsPage(store, after, limit),
    'restore.begin': async () => ({ session: await exclusive(() => beginRestore(now())) }),
    'restore.page': async ({ session, seq, store, records }) => ({
      staged: await exclusive(() => stageRestorePage(session, seq, store, records, now())),
    }),
    'restore.commit': async ({ session, settings, contents }) => {
      const tooLarge = settingsSizeProblem(settings, 'settings');
      if (tooLarge) return { restored: false, problems: [tooLarge] };
      const parsed = parseSettings(settings);
      if (!parsed.ok) return { restored: false, problems: parsed.problems.map(inSettings) };
      const result = await exclusive(() => commitRestore(session, parsed.value, contents, now()));
      if (!result.ok) return { restored: false, problems: result.problems };
      context.commentsChanged();
      context.settingsChanged();
      if (scripting) await syncMastodonScripts(parsed.value.mastodonInstances, scripting);
      return { restored: true, settings: parsed.value, contents: result.value };
    },
    'restore.abort': async ({ session }) => {
      await exclusive(() => abortRestore(session));
      return { aborted: true };
    },
  };
}
