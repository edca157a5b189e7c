import { categories, formats } from '../../shared/content-types';
import { t } from '../../shared/i18n';
import type { Brand } from '../../shared/settings-schema';
import { contentCategoryLabel, formatLabel } from '../components/labels';
import { Field, numberOf, numberText } from './Field';
import { SharesFieldset } from './SharesFieldset';
import type { BrandSectionProps } from './section';

/** Content-mix targets: formats and categories as shares of the posts over a window of days. */
export function MixSection({ settings, onChange, problems }: BrandSectionProps) {
  const mix = settings.mix;
  const update = (patch: Partial<Brand['mix']>) => onChange({ ...settings, mix: { ...mix, ...patch } });
  return (
    <fieldset class="section" data-section="mix" id="section-mix">
      <legend>{t('optionsMix')}</legend>
      <p class="muted">{t('optionsMixHint')}</p>
      <div class="grid-2">
        <Field label={t('optionsMixWindow')} path="mix.windowDays" problems={problems}>
          {(a11y) => (
            <input
              {...a11y}
              type="number"
              min={1}
              max={365}
              value={numberText(mix.windowDays)}
              onInput={(event) => update({ windowDays: numberOf(event.currentTarget) })}
            />
          )}
        </Field>
        <Field label={t('optionsMixTolerance')} path="mix.tolerance" problems={problems}>
          {(a11y) => (
            <input
              {...a11y}
              type="number"
              min={0}
              max={100}
              value={numberText(mix.tolerance)}
              onInput={(event) => update({ tolerance: numberOf(event.currentTarget) })}
            />
          )}
        </Field>
      </div>
      <SharesFieldset
        legend={t('optionsMixFormats')}
        path="mix.formats"
        keys={formats}
        shares={mix.formats}
        labelOf={formatLabel}
        onChange={(shares) => update({ formats: shares })}
        problems={problems}
      />
      <SharesFieldset
        legend={t('optionsMixCategories')}
        path="mix.categories"
        keys={categories}
        shares={mix.categories}
        labelOf={contentCategoryLabel}
        onChange={(shares) => update({ categories: shares })}
        problems={problems}
      />
    </fieldset>
  );
}
