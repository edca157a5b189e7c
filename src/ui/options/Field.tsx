import type { ComponentChildren } from 'preact';
import type { Problem } from '../../shared/validation';
import { idFor, problemsAt, problemText } from './problems';

export interface FieldA11y {
  id: string;
  name: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}

interface Props {
  label: string;
  /** The settings path the field edits, for its id and its problems. */
  path: string;
  problems: readonly Problem[];
  hint?: string;
  class?: string;
  children: (a11y: FieldA11y) => ComponentChildren;
}

/**
 * A labelled control with its hint and its inline problems. The label names the control alone;
 * hint and problems are tied to it with aria-describedby, so a screen reader reads both.
 */
export function Field({ label, path, problems, hint, children, class: className }: Props) {
  const id = idFor(path);
  const own = problemsAt(problems, path);
  const describedBy = [hint ? `${id}-hint` : '', own.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={className ? `field ${className}` : 'field'} data-invalid={own.length ? 'true' : undefined}>
      <label for={id}>{label}</label>
      {children({
        id,
        name: path,
        ...(own.length ? { 'aria-invalid': 'true' as const } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint && (
        <small id={`${id}-hint`} class="muted">
          {hint}
        </small>
      )}
      {own.length > 0 && (
        <span id={`${id}-error`} class="field-error">
          {own.map((problem) => problemText(problem, path)).join('; ')}
        </span>
      )}
    </div>
  );
}

/** A number input's value: the number, or NaN while the text is not one (the schema then says so). */
export function numberOf(input: HTMLInputElement): number {
  return input.value.trim() === '' ? Number.NaN : Number(input.value);
}

export function numberText(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}
