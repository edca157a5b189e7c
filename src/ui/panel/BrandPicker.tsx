import { t } from '../../shared/i18n';
import type { PanelActions, PanelState } from './state';

interface Props {
  state: PanelState;
  actions: PanelActions;
}

/**
 * Which brand the panel advises for (DESIGN.md contract: `data-brand` holding the brand's name),
 * picked from the account the page is signed in as; with several brands, the user can switch.
 */
export function BrandPicker({ state, actions }: Props) {
  const { brand, brands } = state;
  if (!brand) return null;
  return (
    <div class="panel__brand">
      <span data-brand={brand.id}>{brand.name}</span>
      {brands.length > 1 && (
        <select
          aria-label={t('panelBrandSwitch')}
          data-action="choose-brand"
          value={brand.id}
          onChange={(event) => actions.chooseBrand(event.currentTarget.value)}
        >
          {brands.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
