import { t } from '../../shared/i18n';
import { useStore } from '../components/store';
import { BrandPicker } from './BrandPicker';
import { DeleteGuard } from './DeleteGuard';
import { DraftTypePicker } from './DraftTypePicker';
import { Findings } from './Findings';
import { Notices } from './Notices';
import { PlannedToday } from './PlannedToday';
import { Suggestions } from './Suggestions';
import type { PanelActions, PanelStore } from './state';
import { Unanswered } from './Unanswered';

export interface PanelProps {
  store: PanelStore;
  actions: PanelActions;
}

/** The side panel beside the composer. Its accessible name is the product's (docs/ARCHITECTURE.md contract). */
export function Panel({ store, actions }: PanelProps) {
  const state = useStore(store);
  return (
    <aside
      class="panel"
      // biome-ignore lint/a11y/noRedundantRoles: the role is part of the panel's contract (docs/ARCHITECTURE.md).
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
          onClick={actions.toggleCollapsed}
        >
          {state.collapsed ? t('panelExpand') : t('panelCollapse')}
        </button>
      </header>
      <div class="panel__body" id="smm-panel-body" hidden={state.collapsed}>
        <BrandPicker state={state} actions={actions} />
        {state.deleteGuard && <DeleteGuard guard={state.deleteGuard} />}
        <Notices state={state} actions={actions} />
        <Suggestions state={state} actions={actions} />
        <PlannedToday state={state} actions={actions} />
        <Findings state={state} actions={actions} />
        <DraftTypePicker state={state} actions={actions} />
        <p class="panel__count" data-role="character-count" data-count={state.characters}>
          {t('panelCharacterCount', [state.characters])}
        </p>
        <Unanswered state={state} actions={actions} />
      </div>
    </aside>
  );
}
