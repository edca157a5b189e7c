import type { Draft } from '../../shared/draft';
import { createStore } from '../components/store';

/** Everything the panel shows; written by the content script, read by the panel's components. */
export interface PanelState {
  collapsed: boolean;
  draft: Draft | null;
  /** Grapheme count of the draft: what a person would call its characters. */
  characters: number;
}

export function createPanelState() {
  return createStore<PanelState>({ collapsed: false, draft: null, characters: 0 });
}

export type PanelStore = ReturnType<typeof createPanelState>;
