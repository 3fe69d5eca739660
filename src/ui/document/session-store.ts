/**
 * What the document session (session.ts) tells the UI, and what the UI tells it: the recent
 * documents, a conflict with another tab, the panels that failed to render. A store of its own
 * (not the document or ui slice): none of it is part of the document or its history.
 */
import { create } from 'zustand';
import type { RecentEntry } from './persist';

/** Another tab saved this document since this tab read it, and this tab has changes of its own. */
export interface Conflict {
  slot: string;
  /** The other tab's version: its name, when it was saved. */
  theirs: RecentEntry;
}

export interface SessionState {
  /** The slot the document is saved in (persist.ts). */
  slot?: string;
  /** The recent documents, the last saved first. */
  recent: RecentEntry[];
  conflict?: Conflict;
  /** Panels whose render failed (PanelBoundary): nothing is autosaved while one is broken. */
  brokenPanels: string[];
}

export const useSession = create<SessionState>(() => ({ recent: [], brokenPanels: [] }));

let openHandler: (() => void) | undefined;

/** The session's handler for `documentOpened`. */
export function onDocumentOpened(handler: () => void): void {
  openHandler = handler;
}

/** A command is about to replace the document with another one (called by `attempt`). */
export function documentOpened(): void {
  openHandler?.();
}

export function panelFailed(panel: string): void {
  useSession.setState((s) => (s.brokenPanels.includes(panel) ? s : { brokenPanels: [...s.brokenPanels, panel] }));
}

export function panelRecovered(panel: string): void {
  useSession.setState((s) => (s.brokenPanels.includes(panel) ? { brokenPanels: s.brokenPanels.filter((p) => p !== panel) } : s));
}
