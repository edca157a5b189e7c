import { useState } from 'preact/hooks';
import { t, uiLanguage } from '../../shared/i18n';
import { ourLanguage } from '../../shared/settings-defaults';
import { defaultStarters, starterCategories } from '../../shared/starter-sets';
import { contentCategoryLabel } from '../components/labels';
import type { FieldA11y } from './Field';
import { Field } from './Field';
import type { BrandSectionProps } from './section';

/**
 * Starter prompts per category the handbook says to keep up: one per line. Left empty, a category
 * keeps the built-in prompts of the brand's language, shown as the field's placeholder.
 */
export function StartersSection({ settings, onChange, problems }: BrandSectionProps) {
  const language = settings.language ?? ourLanguage(uiLanguage()) ?? 'en';
  return (
    <fieldset class="section" data-section="starters" id="section-starters">
      <legend>{t('optionsStarters')}</legend>
      <p class="muted">{t('optionsStartersHint')}</p>
      {starterCategories.map((category) => {
        const own = settings.starters[category] ?? [];
        return (
          <Field
            key={category}
            label={t('optionsStartersFor', [contentCategoryLabel(category)])}
            path={`starters.${category}`}
            problems={problems}
          >
            {(a11y) => (
              <PromptLines
                a11y={a11y}
                placeholder={defaultStarters(category, language).join('\n')}
                lines={own}
                onLines={(list) => {
                  const { [category]: _old, ...rest } = settings.starters;
                  onChange({ ...settings, starters: list.length ? { ...rest, [category]: list } : rest });
                }}
              />
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}

/** Prompts one per line (a prompt may hold commas); the text is kept as typed, like ListText. */
function PromptLines({
  a11y,
  placeholder,
  lines,
  onLines,
}: {
  a11y: FieldA11y;
  placeholder: string;
  lines: string[];
  onLines: (lines: string[]) => void;
}) {
  const [text, setText] = useState(() => lines.join('\n'));
  const parse = (value: string) =>
    value
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  const shown = parse(text).join('\n') === lines.join('\n') ? text : lines.join('\n');
  return (
    <textarea
      {...a11y}
      rows={3}
      placeholder={placeholder}
      value={shown}
      onInput={(event) => {
        setText(event.currentTarget.value);
        onLines(parse(event.currentTarget.value));
      }}
    />
  );
}
