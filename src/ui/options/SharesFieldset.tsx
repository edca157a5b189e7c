import { t } from '../../shared/i18n';
import type { Problem } from '../../shared/validation';
import { Field, numberOf, numberText } from './Field';
import { problemsAt } from './problems';

interface Props<K extends string> {
  legend: string;
  path: string;
  keys: readonly K[];
  shares: Record<K, number>;
  labelOf: (key: K) => string;
  onChange: (shares: Record<K, number>) => void;
  problems: readonly Problem[];
}

/** Target percentages of one dimension of the mix, with a live total that must reach 100. */
export function SharesFieldset<K extends string>(props: Props<K>) {
  const { legend, path, keys, shares, labelOf, onChange, problems } = props;
  const total = keys.reduce((sum, key) => sum + (Number.isFinite(shares[key]) ? shares[key] : 0), 0);
  const off = total !== 100;
  const totalId = `${path.replace(/\W/g, '_')}-total`;
  // Only the problem of the whole (the sum); each share's own problems show at its field.
  const sumProblem = problemsAt(problems, path).some((problem) => problem.path === path);
  return (
    <fieldset class="subsection" data-shares={path} aria-describedby={totalId}>
      <legend>{legend}</legend>
      <div class="grid-3">
        {keys.map((key) => (
          <Field key={key} label={labelOf(key)} path={`${path}.${key}`} problems={problems}>
            {(a11y) => (
              <input
                {...a11y}
                type="number"
                min={0}
                max={100}
                step={1}
                inputMode="numeric"
                value={numberText(shares[key])}
                onInput={(event) => onChange({ ...shares, [key]: numberOf(event.currentTarget) })}
              />
            )}
          </Field>
        ))}
      </div>
      <p
        id={totalId}
        class={off ? 'total total--off' : 'total'}
        data-role="total"
        data-total={total}
        aria-live="polite"
      >
        {t('optionsSharesTotal', [total])}
        {(off || sumProblem) && <span class="field-error"> — {t('optionsSharesMust100')}</span>}
      </p>
    </fieldset>
  );
}
