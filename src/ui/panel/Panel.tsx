import { t } from '../../shared/i18n';
import { useStore } from '../components/store';
import type { PanelStore } from './state';

export interface PanelProps {
  store: PanelStore;
  onToggleCollapsed: () => void;
}

/** The side panel beside the composer. Its accessible name is the product's (DESIGN.md contract). */
export function Panel({ store, onToggleCollapsed }: PanelProps) {
  const state = useStore(store);
  return (
    <aside
      class="panel"
      // biome-ignore lint/a11y/noRedundantRoles: the role is part of the panel's contract (DESIGN.md).
      role="complementary"
      aria-label="SMM assistant"
      data-collapsed={String(state.collapsed)}
    >
      <header class="panel__header">
        <span class="panel__title">SMM Assistant</span>
        <button
          type="button"
          class="panel__collapse"
          aria-expanded={!state.collapsed}
          aria-controls="smm-panel-body"
          data-action="toggle-collapsed"
          onClick={onToggleCollapsed}
        >
          {state.collapsed ? t('panelExpand') : t('panelCollapse')}
        </button>
      </header>
      <div class="panel__body" id="smm-panel-body" hidden={state.collapsed}>
        <p class="panel__count" data-role="character-count" data-count={state.characters}>
          {t('panelCharacterCount', [state.characters])}
        </p>
      </div>
    </aside>
  );
}
