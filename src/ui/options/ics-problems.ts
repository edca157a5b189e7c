import type { IcsImport } from '../../calendar/ics-import';
import { t } from '../../shared/i18n';
import type { Problem } from '../../shared/validation';

/** Skipped events named one by one up to this many, so a runaway file can't flood the page. */
const namedAtMost = 20;

/**
 * What an import left out, as lines for the options' alert region: each skipped event with its
 * name and reason, and the event limit when the file went past it.
 */
export function importProblems(result: IcsImport, fileName: string): Problem[] {
  const problems: Problem[] = result.skipped.slice(0, namedAtMost).map((skipped) => ({
    path: `${fileName} ${skipped.path}`,
    message: skipped.reason,
    received: skipped.detail ? `${skipped.name}: ${skipped.detail}` : skipped.name,
  }));
  const unnamed = result.skipped.length - namedAtMost;
  if (unnamed > 0)
    problems.push({ path: fileName, message: 'calendarIcsMoreSkipped', received: String(unnamed) });
  if (result.totals.overLimit > 0) {
    const lastDay = result.events.at(-1)?.start ?? result.window.from;
    problems.push({
      path: fileName,
      message: 'calendarIcsTooManyEvents',
      received: t('calendarIcsEventsFigures', [result.limits.maxEvents, lastDay]),
    });
  }
  return problems;
}

/** The line under the import control: how many events came in, the days covered, the past left out. */
export function importSummary(result: IcsImport): string {
  const { totals, window } = result;
  return [
    t('optionsIcsImported', [totals.imported]),
    t('optionsIcsWindow', [window.from, window.to]),
    totals.past > 0 ? t('optionsIcsPast', [totals.past]) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
