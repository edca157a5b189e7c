import { t, uiLanguage } from '../../shared/i18n';
import { defaultBrand, ourLanguage } from '../../shared/settings-defaults';
import type { Brand, Settings } from '../../shared/settings-schema';
import { newId } from './section';

interface Props {
  settings: Settings;
  /** The brand every section below edits. */
  edited: Brand;
  onEdit: (brandId: string) => void;
  onChange: (settings: Settings, edit?: string) => void;
}

/**
 * Which brand the page edits, always in sight: an agency plans each brand apart, so every section
 * below is that brand's. A new brand starts from the defaults of the browser's language, or as a
 * copy of the brand edited now.
 */
export function BrandPicker({ settings, edited, onEdit, onChange }: Props) {
  const add = (brand: Brand) => onChange({ ...settings, brands: [...settings.brands, brand] }, brand.id);
  const addNew = () => {
    const language = ourLanguage(uiLanguage());
    add(defaultBrand(newId('brand'), t('optionsNewBrand'), language ? { language } : {}));
  };
  const copy = () =>
    add({ ...structuredClone(edited), id: newId('brand'), name: t('optionsCopyOf', [edited.name]) });
  const remove = () => {
    const brands = settings.brands.filter((brand) => brand.id !== edited.id);
    const activeBrandId = settings.activeBrandId === edited.id ? brands[0].id : settings.activeBrandId;
    onChange({ ...settings, brands, activeBrandId }, brands[0].id);
  };
  return (
    <div class="brand-picker" data-role="brand-picker" data-brand={edited.id}>
      <label class="brand-picker__label">
        <span>{t('optionsEditedBrand')}</span>
        <select value={edited.id} onChange={(event) => onEdit(event.currentTarget.value)}>
          {settings.brands.map((brand) => (
            <option key={brand.id} value={brand.id}>
              {brand.name || brand.id}
              {brand.id === settings.activeBrandId ? ` (${t('optionsActiveMark')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <div class="row__actions">
        <button type="button" data-action="add-brand" onClick={addNew}>
          {t('optionsAddBrand')}
        </button>
        <button type="button" data-action="copy-brand" onClick={copy}>
          {t('optionsCopyBrand')}
        </button>
        <button
          type="button"
          data-action="make-active"
          disabled={settings.activeBrandId === edited.id}
          onClick={() => onChange({ ...settings, activeBrandId: edited.id })}
        >
          {t('optionsMakeActive')}
        </button>
        <button
          type="button"
          data-action="remove-brand"
          disabled={settings.brands.length < 2}
          onClick={remove}
        >
          {t('optionsRemoveBrand')}
        </button>
      </div>
    </div>
  );
}
