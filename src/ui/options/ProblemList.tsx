import { t } from '../../shared/i18n';
import type { Problem } from '../../shared/validation';

/** Each problem with where it is: `brands[0].ownDomains[2]: not a domain`. */
export function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <ul class="problems">
      {problems.map((problem) => (
        <li key={`${problem.path}:${problem.message}`} data-path={problem.path}>
          {problem.path ? <code>{problem.path}</code> : null}
          {problem.path ? ': ' : ''}
          {t(problem.message)}
        </li>
      ))}
    </ul>
  );
}
