/**
 * The UI's state (DESIGN.md §6): a `layout` part that belongs to the document (node positions,
 * kept outside the model so a re-import never moves a table) and a `ui` part (selection, focus,
 * panel settings) that is not part of it.
 */
import { create } from 'zustand';
import type { Severity } from './lib/severity';

export interface XY {
  x: number;
  y: number;
}

export type ProblemsGrouping = 'rule' | 'table';
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Something to bring into view on the canvas: a node, and a column of it. */
export interface Focus {
  node: string;
  column?: string;
  /** Bumped on every request, so asking twice for the same node scrolls to it twice. */
  seq: number;
}

export interface AppState {
  /** Top-left corner of each node, by node id; kept for nodes that vanished while typing. */
  positions: Record<string, XY>;
  selectedNode?: string;
  focus?: Focus;
  /** The key of the problem whose details are open. */
  activeProblem?: string;
  problemsGrouping: ProblemsGrouping;
  severities: Record<Severity, boolean>;
  theme: ThemeChoice;

  /** Merges positions in (`replace`: forget every other position, after a full layout). */
  setPositions(positions: Record<string, XY>, replace?: boolean): void;
  selectNode(id: string | undefined): void;
  focusOn(node: string, column?: string): void;
  setActiveProblem(key: string | undefined): void;
  setProblemsGrouping(grouping: ProblemsGrouping): void;
  toggleSeverity(severity: Severity): void;
  setTheme(theme: ThemeChoice): void;
}

const THEME_KEY = 'schemawise.theme';

function storedTheme(): ThemeChoice {
  try {
    const value = globalThis.localStorage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export const useApp = create<AppState>()((set) => ({
  positions: {},
  problemsGrouping: 'rule',
  severities: { error: true, warn: true, info: true },
  theme: storedTheme(),

  setPositions: (positions, replace = false) =>
    set((state) => ({ positions: replace ? positions : { ...state.positions, ...positions } })),
  selectNode: (id) =>
    set((state) =>
      state.selectedNode === id
        ? state
        : { selectedNode: id, focus: state.focus && state.focus.node === id ? state.focus : undefined },
    ),
  focusOn: (node, column) =>
    set((state) => ({ selectedNode: node, focus: { node, column, seq: (state.focus?.seq ?? 0) + 1 } })),
  setActiveProblem: (key) => set({ activeProblem: key }),
  setProblemsGrouping: (problemsGrouping) => set({ problemsGrouping }),
  toggleSeverity: (severity) =>
    set((state) => ({ severities: { ...state.severities, [severity]: !state.severities[severity] } })),
  setTheme: (theme) => {
    try {
      if (theme === 'system') globalThis.localStorage?.removeItem(THEME_KEY);
      else globalThis.localStorage?.setItem(THEME_KEY, theme);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for the session.
    }
    set({ theme });
  },
}));
