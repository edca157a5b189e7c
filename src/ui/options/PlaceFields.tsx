import { useEffect, useState } from 'preact/hooks';
import { t, uiLanguage } from '../../shared/i18n';
import type { Brand } from '../../shared/settings-schema';
import type { Problem } from '../../shared/validation';
import { Field } from './Field';

interface Props {
  brand: Brand;
  onChange: (brand: Brand) => void;
  problems: readonly Problem[];
}

interface Place {
  code: string;
  name: string;
}

/** The countries the holidays dataset knows, and the regions of one, named in `lang`. */
function usePlaces(lang: string, country: string | undefined) {
  const [places, setPlaces] = useState<{ countries: Place[]; regions: Place[] }>({
    countries: [],
    regions: [],
  });
  useEffect(() => {
    let current = true;
    // date-holidays is large: the options page loads it only for this list, after its first render.
    void import('../../calendar/holiday-compute').then(({ countries, regionsOf }) => {
      if (current)
        setPlaces({ countries: countries(lang), regions: country ? regionsOf(country, lang) : [] });
    });
    return () => {
      current = false;
    };
  }, [lang, country]);
  return places;
}

/**
 * The brand's language (themes, day names, starters) and where it is (its public holidays and
 * observances, and which countries' unusual days it sees). Both default to the browser's.
 */
export function PlaceFields({ brand, onChange, problems }: Props) {
  const { countries, regions } = usePlaces(brand.language ?? uiLanguage().slice(0, 2), brand.country);
  const setLanguage = (language: Brand['language'] | '') => {
    const { language: _old, ...rest } = brand;
    onChange(language ? { ...rest, language } : rest);
  };
  return (
    <div class="grid-2" data-role="place">
      <Field label={t('optionsBrandLanguage')} path="language" problems={problems}>
        {(a11y) => (
          <select
            {...a11y}
            value={brand.language ?? ''}
            onChange={(event) => setLanguage(event.currentTarget.value as Brand['language'] | '')}
          >
            <option value="">{t('optionsLanguageBrowser')}</option>
            <option value="en">English</option>
            <option value="fr">Français</option>
            <option value="ru">Русский</option>
          </select>
        )}
      </Field>
      <Field
        label={t('optionsBrandCountry')}
        path="country"
        problems={problems}
        hint={t('optionsBrandCountryHint')}
      >
        {(a11y) => (
          <select
            {...a11y}
            value={brand.country ?? ''}
            onChange={(event) => {
              // Regions belong to a country: another country starts without any.
              const { country: _old, ...rest } = brand;
              const country = event.currentTarget.value;
              onChange({ ...rest, ...(country ? { country } : {}), regions: [] });
            }}
          >
            <option value="">{t('optionsCountryBrowser')}</option>
            {brand.country && !countries.some((country) => country.code === brand.country) && (
              <option value={brand.country}>{brand.country}</option>
            )}
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label={t('optionsBrandRegions')}
        path="regions"
        problems={problems}
        hint={t('optionsBrandRegionsHint')}
      >
        {(a11y) => (
          <select
            {...a11y}
            multiple
            size={Math.min(6, Math.max(2, regions.length))}
            disabled={regions.length === 0}
            onChange={(event) =>
              onChange({
                ...brand,
                regions: [...event.currentTarget.selectedOptions].map((option) => option.value),
              })
            }
          >
            {regions.map((region) => (
              <option key={region.code} value={region.code} selected={brand.regions.includes(region.code)}>
                {region.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
