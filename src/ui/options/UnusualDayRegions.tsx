import { useState } from 'preact/hooks';
import { isRegionShown, isShownByDefault, withRegionShown } from '../../calendar/region-visibility';
import { unusualDayRegions } from '../../calendar/unusual-days';
import { t, uiLanguage } from '../../shared/i18n';
import type { Brand } from '../../shared/settings-schema';

interface Props {
  brand: Brand;
  onChange: (brand: Brand) => void;
}

/** The brand's country: its own, else the one the browser's language points to (`fr` → FR), as the background decides. */
function brandCountries(brand: Brand): string[] {
  if (brand.country) return [brand.country];
  try {
    const region = new Intl.Locale(uiLanguage()).maximize().region;
    return region ? [region] : [];
  } catch {
    return [];
  }
}

/**
 * Which regions of the unusual-days dataset the brand sees. Shown by default: the international
 * days and the brand's country (and the EU's days for a member); each can be switched off. Another
 * country's days only when the user switches them on, from a list kept folded: there are a hundred.
 */
export function UnusualDayRegions({ brand, onChange }: Props) {
  const countries = brandCountries(brand);
  const choice = {
    countries,
    enabledRegions: brand.enabledRegions,
    disabledRegions: brand.disabledRegions,
  };
  const names = new Intl.DisplayNames([uiLanguage()], { type: 'region' });
  const nameOf = (region: string) =>
    region === 'international' ? t('optionsRegionInternational') : (names.of(region) ?? region);
  const byName = (a: string, b: string) => nameOf(a).localeCompare(nameOf(b), uiLanguage());
  const regions = unusualDayRegions();
  const shownByDefault = regions.filter((region) => isShownByDefault(region, countries)).sort(byName);
  const others = regions.filter((region) => !isShownByDefault(region, countries)).sort(byName);
  const othersOn = others.filter((region) => isRegionShown(region, choice)).length;
  // Unfolded at first when some are on; after that the user's own folding stands.
  const [unfolded] = useState(othersOn > 0);
  const toggle = (region: string, shown: boolean) =>
    onChange({ ...brand, ...withRegionShown(region, shown, choice) });

  const checkbox = (region: string) => (
    <label key={region} class="inline" data-region={region}>
      <input
        type="checkbox"
        name={`regions.${region}`}
        checked={isRegionShown(region, choice)}
        onChange={(event) => toggle(region, event.currentTarget.checked)}
      />{' '}
      {nameOf(region)}
    </label>
  );

  return (
    <fieldset class="subsection regions" data-role="regions">
      <legend>{t('optionsRegions')}</legend>
      <p class="muted">{t('optionsRegionsShownHint')}</p>
      <div data-role="regions-shown">{shownByDefault.map(checkbox)}</div>
      <details data-role="regions-other" open={unfolded}>
        <summary>{t('optionsRegionsOther', [othersOn])}</summary>
        <div class="regions__others">{others.map(checkbox)}</div>
      </details>
    </fieldset>
  );
}
