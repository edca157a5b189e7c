import { messageOrText } from '../../shared/i18n';
import type { Problem } from '../../shared/validation';

/** Problems whose received value says what to fix (the parser's words, the version found, the event). */
const withReceived = /^(errNotJson|errFutureVersion|errUnknownVersion|calendarIcs|optionsMastodonFailed)/;

/** Problems whose message names a limit and a figure (`$1`: the limit or count expected, `$2`: what was found). */
const withFigures = /^(errSettingsFileTooLarge|errBackupTooLarge|errBackupCounts|errRestoreIncomplete)$/;

/** Each problem with where it is: `brands[0].ownDomains[2]: not a domain`. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <ul class="problems">
      {problems.map((problem, index) => (
        <li key={`${problem.path}:${problem.message}:${index}`} data-path={problem.path}>
          {problem.path ? <code>{problem.path}</code> : null}
          {problem.path ? ': ' : ''}
          {withFigures.test(problem.message)
            ? messageOrText(problem.message, [problem.expected ?? '', problem.received ?? ''])
            : messageOrText(problem.message)}
          {problem.received && withReceived.test(problem.message) ? ` (${problem.received})` : ''}
        </li>
      ))}
    </ul>
  );
}
