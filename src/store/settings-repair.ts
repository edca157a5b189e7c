import * as v from 'valibot';
import type { SettingsFix, SettingsProblem } from '../shared/protocol';
import { problemsOf } from '../shared/validation';

/**
 * Repairs a value that fails its schema, one problem at a time, guided only by the schema's issues
 * and their paths and by a valid default value of the same shape: no field is named here, so a
 * change of schema needs no change of repair. For each problem, the least that fixes it:
 *
 * 1. remove the entry, where the schema does without it (an unknown key, an optional field);
 * 2. drop the item, where the problem is a list's item (a bad domain among good ones);
 * 3. put in the default at that place; inside a list's item, the default list's first item is the
 *    model (so a bad time zone of the third brand takes the default zone, the brand stays);
 * 4. otherwise the same one level up: the whole item dropped, or the enclosing object's default.
 *
 * A step counts only if no problem is left at or under the place it changed. Each problem is
 * reported with its path and what was done about it.
 */

type Key = string | number;
type Path = readonly Key[];

export interface Repaired<T> {
  value: T;
  problems: SettingsProblem[];
}

/** More rounds than any real record has problems; past it, the defaults (never reached in tests). */
const MAX_ROUNDS = 2_000;

export function repairWith<S extends v.GenericSchema>(
  schema: S,
  input: unknown,
  defaults: v.InferOutput<S>,
): Repaired<v.InferOutput<S>> {
  let value = structuredClone(input);
  const problems: SettingsProblem[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = v.safeParse(schema, value);
    if (result.success) return { value: result.output, problems };
    const fix = fixFirst(schema, value, result.issues, defaults);
    if (fix.wrongType) {
      // A list where an object belongs reads as one missing or unknown key per entry: one problem.
      problems.push({ path: problemPath(fix.target), message: 'errWrongType', fix: fix.kind });
    } else {
      const covered = result.issues.filter((issue) => startsWith(pathOf(issue), fix.target));
      problems.push(...problemsOf(covered).map((problem) => ({ ...problem, fix: fix.kind })));
    }
    value = fix.value;
  }
  return { value: structuredClone(defaults), problems };
}

interface Fix {
  kind: SettingsFix;
  /** Where the value changed. */
  target: Path;
  value: unknown;
  /** The problem was inside a value of the wrong kind (a list for an object), replaced whole. */
  wrongType?: boolean;
}

function fixFirst(
  schema: v.GenericSchema,
  value: unknown,
  issues: readonly v.BaseIssue<unknown>[],
  defaults: unknown,
): Fix {
  const path = pathOf(issues[0]);
  const clean = (candidate: unknown, target: Path) => {
    const result = v.safeParse(schema, candidate);
    return result.success || !result.issues.some((issue) => startsWith(pathOf(issue), target));
  };

  if (typeof path[path.length - 1] === 'string' && fits(value, path)) {
    const candidate = without(value, path);
    if (clean(candidate, path)) return { kind: 'removed', target: path, value: candidate };
  }
  let wrongType = false;
  for (let depth = path.length; depth >= 0; depth--) {
    const target = path.slice(0, depth);
    // A list where an object belongs (or the reverse): the fix is further up.
    if (!fits(value, target)) {
      wrongType = true;
      continue;
    }
    if (typeof target[depth - 1] === 'number') {
      return { kind: 'dropped', target, value: without(value, target), wrongType };
    }
    const model = modelAt(defaults, target);
    if (model === undefined) continue;
    const candidate = withValue(value, target, structuredClone(model));
    if (clean(candidate, target)) return { kind: 'default', target, value: candidate, wrongType };
  }
  // Unreachable: at depth 0 the model is the whole default value, which is valid.
  return { kind: 'default', target: [], value: structuredClone(defaults) };
}

/** `brands[0].hours`, as validation.ts writes paths. */
function problemPath(path: Path): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index ? `.${key}` : key)).join('');
}

function pathOf(issue: v.BaseIssue<unknown>): Path {
  return (issue.path ?? []).map((item) => (item as { key: unknown }).key as Key);
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => path[index] === key);
}

function isRecord(value: unknown): value is Record<Key, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every container on the way to `path` is what its key expects: a list for an index, an object for a name. */
function fits(value: unknown, path: Path): boolean {
  let current = value;
  for (const key of path.slice(0, -1)) {
    if (typeof key === 'number' ? !Array.isArray(current) : !isRecord(current)) return false;
    current = (current as Record<Key, unknown>)[key];
  }
  const last = path[path.length - 1];
  if (last === undefined) return true;
  return typeof last === 'number' ? Array.isArray(current) : isRecord(current);
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<Key, unknown>)[key];
  }
  return current;
}

/** The default for a place; any item of a list takes the default list's first item as its model. */
function modelAt(defaults: unknown, path: Path): unknown {
  let current = defaults;
  for (const key of path) {
    if (Array.isArray(current)) current = current[0];
    else if (isRecord(current)) current = current[key];
    else return undefined;
  }
  return current;
}

/** A copy with `replacement` at `path`, whose containers exist (`fits`). */
function withValue(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value);
  (valueAt(copy, path.slice(0, -1)) as Record<Key, unknown>)[path[path.length - 1]] = replacement;
  return copy;
}

function without(value: unknown, path: Path): unknown {
  const copy = structuredClone(value);
  const parent = valueAt(copy, path.slice(0, -1));
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (isRecord(parent)) delete parent[key];
  return copy;
}
