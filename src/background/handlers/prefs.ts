import { readPref, writePref } from '../../store/prefs-repo';
import type { DomainHandlers } from './context';

/** UI preferences (the panel collapsed or not), kept across pages and reloads. */
export function prefsHandlers(): DomainHandlers<'prefs.get' | 'prefs.set'> {
  return {
    'prefs.get': async ({ key }) => ({ value: await readPref<unknown>(key, null) }),
    'prefs.set': async ({ key, value }) => {
      await writePref(key, value);
      return { saved: true };
    },
  };
}
