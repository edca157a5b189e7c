import { h, render } from 'preact';
import { Panel } from '../ui/panel/Panel';
import panelCss from '../ui/panel/panel.css?inline';
import { createPanelState, type PanelActions, type PanelStore } from '../ui/panel/state';
import { createPanelHost } from './panel-host';

export interface MountedPanel {
  store: PanelStore;
  host: HTMLElement;
}

/** Renders the panel into its shadow root; everything goes away when `signal` aborts. */
export function mountPanel(actions: PanelActions, signal: AbortSignal): MountedPanel {
  const store = createPanelState();
  const { host, shadow } = createPanelHost(panelCss, signal);
  const root = document.createElement('div');
  root.className = 'root';
  shadow.append(root);
  render(h(Panel, { store, actions }), root);
  signal.addEventListener('abort', () => render(null, root));
  return { store, host };
}
