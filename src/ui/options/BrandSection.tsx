import { t } from '../../shared/i18n';
import type { Settings } from '../../shared/settings-schema';
import { listFromText, textFromList } from './lists';

interface Props {
  settings: Settings;
  onChange: (settings: Settings) => void;
}

/** The active brand's name and own domains (links to them are never warned about). */
export function BrandSection({ settings, onChange }: Props) {
  const index = Math.max(
    0,
    settings.brands.findIndex((brand) => brand.id === settings.activeBrandId),
  );
  const brand = settings.brands[index];
  const update = (patch: Partial<typeof brand>) => {
    const brands = settings.brands.map((item, i) => (i === index ? { ...item, ...patch } : item));
    onChange({ ...settings, brands });
  };
  return (
    <fieldset class="section" data-section="brand">
      <legend>{t('optionsBrand')}</legend>
      <label class="field">
        <span>{t('optionsBrandName')}</span>
        <input
          name="brandName"
          value={brand.name}
          required
          onInput={(event) => update({ name: event.currentTarget.value })}
        />
      </label>
      <label class="field">
        <span>{t('optionsOwnDomains')}</span>
        <textarea
          name="ownDomains"
          rows={3}
          value={textFromList(brand.ownDomains)}
          aria-describedby="own-domains-hint"
          onInput={(event) => update({ ownDomains: listFromText(event.currentTarget.value) })}
        />
        <small id="own-domains-hint" class="muted">
          {t('optionsOwnDomainsHint')}
        </small>
      </label>
    </fieldset>
  );
}
