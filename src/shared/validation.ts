import * as v from 'valibot';

/** One problem found in input, located by a path such as `brands[0].ownDomains[2]`. */
export interface Problem {
  path: string;
  /** An i18n key (or, for problems valibot words itself, its English text). */
  message: string;
  /** What was expected and what was received, where valibot says so. */
  expected?: string;
  received?: string;
}

export function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

export function problemsOf(issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) => ({
    path: pathOf(issue),
    message: /^err[A-Z]/.test(issue.message) ? issue.message : messageFor(issue),
    ...(issue.expected ? { expected: issue.expected } : {}),
    ...(issue.received ? { received: issue.received } : {}),
  }));
}

function messageFor(issue: v.BaseIssue<unknown>): string {
  switch (issue.kind === 'schema' ? issue.type : '') {
    case 'strict_object':
      return issue.expected === 'never' ? 'errUnknownKey' : 'errWrongType';
    case 'literal':
      return 'errWrongValue';
    case 'picklist':
      return 'errNotAllowed';
    case '':
      return 'errInvalid';
    default:
      return 'errWrongType';
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function parseWith<S extends v.GenericSchema>(schema: S, input: unknown): Parsed<v.InferOutput<S>> {
  const result = v.safeParse(schema, input);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problems: problemsOf(result.issues) };
}
