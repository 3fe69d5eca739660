/**
 * The UI's state (DESIGN.md §6), one zustand store with two slices:
 * - the document slice (store-document.ts): the persisted, versioned document with its undo
 *   history; node positions live in `document.layout`, outside the model, so a re-import never
 *   moves a table. Only commands (src/ui/commands) change it.
 * - the ui slice: selection, focus, panel settings, notices; not part of the document.
 */
import { create } from 'zustand';
import type { LayoutPoint } from '../core/document';
import type { Severity } from './lib/severity';
// A cycle on purpose: commands read this store, and setPositions runs a command (both only at call time).
import { execute } from './commands/execute';
import { initialDocumentSlice, type DocumentSlice } from './store-document';

export type XY = LayoutPoint;

export type ProblemsGrouping = 'rule' | 'table';
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Something to bring into view on the canvas: a node, and a column of it. */
export interface Focus {
  node: string;
  column?: string;
  /** Bumped on every request, so asking twice for the same node scrolls to it twice. */
  seq: number;
}

/** A message for the user about something the app did on its own (a link opened, a file refused). */
export interface Notice {
  tone: 'info' | 'success' | 'error';
  text: string;
  /** Distinguishes two notices with the same text. */
  id: number;
}

export type MigrationTab = 'up' | 'down' | 'target';

export interface UiSlice {
  selectedNode?: string;
  focus?: Focus;
  /** The key of the problem whose details are open. */
  activeProblem?: string;
  problemsGrouping: ProblemsGrouping;
  severities: Record<Severity, boolean>;
  theme: ThemeChoice;
  notice?: Notice;
  /** Migration panel: include steps that lose data (planner option allowDestructive). */
  allowDestructive: boolean;
  migrationTab: MigrationTab;
  migrationOpen: boolean;

  /**
   * Node positions from the canvas, merged into the layout (`replace`: forget every other
   * position, after a full layout). Runs the `set-layout` command.
   */
  setPositions(positions: Record<string, XY>, replace?: boolean): void;
  selectNode(id: string | undefined): void;
  focusOn(node: string, column?: string): void;
  setActiveProblem(key: string | undefined): void;
  setProblemsGrouping(grouping: ProblemsGrouping): void;
  toggleSeverity(severity: Severity): void;
  setTheme(theme: ThemeChoice): void;
  notify(tone: Notice['tone'], text: string): void;
  dismissNotice(): void;
  setAllowDestructive(allow: boolean): void;
  setMigrationTab(tab: MigrationTab): void;
  setMigrationOpen(open: boolean): void;
}

export type AppState = DocumentSlice & UiSlice;

const THEME_KEY = 'schemawise.theme';

function storedTheme(): ThemeChoice {
  try {
    const value = globalThis.localStorage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

let noticeId = 0;

export const useApp = create<AppState>()((set) => ({
  ...initialDocumentSlice(),
  problemsGrouping: 'rule',
  severities: { error: true, warn: true, info: true },
  theme: storedTheme(),
  allowDestructive: false,
  migrationTab: 'up',
  migrationOpen: true,

  setPositions: (positions, replace = false) => execute('set-layout', { positions, replace }),
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
  notify: (tone, text) => set({ notice: { tone, text, id: ++noticeId } }),
  dismissNotice: () => set({ notice: undefined }),
  setAllowDestructive: (allowDestructive) => set({ allowDestructive }),
  setMigrationTab: (migrationTab) => set({ migrationTab }),
  setMigrationOpen: (migrationOpen) => set({ migrationOpen }),
}));
