import { messageOrText } from '../../shared/i18n';
import type { Problem } from '../../shared/validation';

/** The problems at `path` or inside it (`brands[0]` holds `brands[0].ownDomains[2]`). */
export function problemsAt(problems: readonly Problem[], path: string): Problem[] {
  return problems.filter(
    (problem) =>
      problem.path === path || problem.path.startsWith(`${path}.`) || problem.path.startsWith(`${path}[`),
  );
}

/** A problem as the user reads it next to its field: the translated message, and where inside. */
export function problemText(problem: Problem, base: string): string {
  const inner = problem.path.slice(base.length).replace(/^\./, '');
  return inner ? `${inner}: ${messageOrText(problem.message)}` : messageOrText(problem.message);
}

/** A stable element id for a settings path (`brands[0].name` -> `f-brands_0__name`). */
export function idFor(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** Each problem once, in order: a failed save repeats what live validation already shows. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
