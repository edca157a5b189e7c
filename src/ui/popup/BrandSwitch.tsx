import { useState } from 'preact/hooks';
import { messageOrText, t } from '../../shared/i18n';
import { send } from '../../shared/messaging';
import type { Settings } from '../../shared/settings-schema';

interface Props {
  settings: Settings;
  onSwitched: () => void;
}

/** Picks the active brand; shown only when there is more than one. Saves at once. */
export function BrandSwitch({ settings, onSwitched }: Props) {
  const [error, setError] = useState('');
  if (settings.brands.length < 2) return null;
  const change = async (activeBrandId: string) => {
    try {
      const result = await send('settings.save', { settings: { ...settings, activeBrandId } });
      if (result.saved) onSwitched();
      else
        setError(
          result.problems.map((problem) => `${problem.path}: ${messageOrText(problem.message)}`).join('; '),
        );
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <div class="popup__brand">
      <label for="active-brand">{t('popupBrand')}</label>{' '}
      <select
        id="active-brand"
        name="activeBrand"
        value={settings.activeBrandId}
        onChange={(event) => void change(event.currentTarget.value)}
      >
        {settings.brands.map((brand) => (
          <option key={brand.id} value={brand.id}>
            {brand.name}
          </option>
        ))}
      </select>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
