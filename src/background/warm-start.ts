import { resolveZone } from '../shared/time';
import { database } from '../store/db';

/**
 * Imported first by the worker's entry, so it runs while the rest of the worker is still loading.
 * Nearly every start of the worker is for something that reads the database and the time of day
 * (mostly a page's draft: docs/ARCHITECTURE.md budget, 400 ms for a cold worker's first answer):
 * - the connection to IndexedDB opens in the browser process meanwhile, instead of after the
 *   first request arrives;
 * - the first use of Intl loads ICU's time-zone data, ~20 ms of a fresh worker's thread, spent
 *   here while that connection opens.
 * "First" is the entry's order: the chunks the worker shares with the pages (the rules, the
 * calendar) run before the entry's own, so in the built worker this starts about halfway through
 * its ~50 ms of evaluation. A chunk of its own that ran at the very start measured no faster (a
 * request is handled only once evaluation ends, and the connection is open by then), so the
 * bundler's order stays.
 */
void database().catch(() => undefined); // A failure shows again, and is reported, at the first real use.
resolveZone();
