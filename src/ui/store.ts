/**
 * The UI's state (DESIGN.md §6), one zustand store with two slices:
 * - the document slice (store-document.ts): the persisted, versioned document with its undo
 *   history; node positions live in `document.layout`, outside the model, so a re-import never
 *   moves a table. Only commands (src/ui/commands) change it.
 * - the ui slice: selection, focus, panel settings, notices; not part of the document.
 */
import { create } from 'zustand';
import type { LayoutPoint } from '../core/document';
import type { VerifyProgress, VerifyResult } from '../core/verify';
import type { Severity } from './lib/severity';
import type { DisplayMode } from './canvas/display';
// A cycle on purpose: commands read this store, and setPositions runs a command (both only at call time).
import { execute } from './commands/execute';
import { initialDocumentSlice, type Commit, type DocumentSlice } from './store-document';

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
export type SidebarTab = 'problems' | 'table' | 'patterns';

/** The SQL of the plan's steps that a verification ran (what the migration panel counts). */
export interface VerifiedSteps {
  up: string[];
  down: string[];
}

/** "Verify on Postgres" of the derivation `forId`: running, done, or unable to run. */
export type Verification =
  | { status: 'running'; forId: number; progress?: VerifyProgress }
  | { status: 'done'; forId: number; result: VerifyResult; elapsedMs: number; steps: VerifiedSteps }
  | { status: 'failed'; forId: number; message: string };

/**
 * What the UI holds about the document shown rather than about the app: the selection, focus
 * mode and the schema filter, the destructive switch, the last verification. It all starts
 * over, in the same state update, whenever another document is loaded (commitToStore), however
 * it comes (a file, a project, the sample, New, a share link, the restored one, undo of those),
 * so nothing chosen for one schema silently applies to the next.
 */
export interface DocumentUi {
  /** The node the selection is about (the inspector's table, the highlighted neighbours). */
  selectedNode?: string;
  /** Every selected node (shift-click, box selection); holds `selectedNode` when there is one. */
  selectedNodes: string[];
  focus?: Focus;
  /** The key of the problem whose details are open. */
  activeProblem?: string;
  /** Migration panel: include steps that lose data (planner option allowDestructive). */
  allowDestructive: boolean;
  /** Postgres schemas whose tables the canvas does not draw (the schema filter). */
  hiddenSchemas: string[];
  /** Focus mode: the canvas draws only the selected table and its neighbours. */
  focusMode: boolean;
  verification?: Verification;
  /** Collapsed tables (more than 15 columns) the user expanded, by node id. */
  expandedNodes: string[];
}

/** A document's UI state when it is loaded (every key present, so that a merge resets it). */
export function initialDocumentUi(): DocumentUi {
  return {
    selectedNode: undefined,
    selectedNodes: [],
    focus: undefined,
    activeProblem: undefined,
    allowDestructive: false,
    hiddenSchemas: [],
    focusMode: false,
    verification: undefined,
    expandedNodes: [],
  };
}

export interface UiSlice extends DocumentUi {
  problemsGrouping: ProblemsGrouping;
  severities: Record<Severity, boolean>;
  theme: ThemeChoice;
  notice?: Notice;
  migrationTab: MigrationTab;
  migrationOpen: boolean;
  /** The side panel shown: findings, or the patterns of the selected table and the schema. */
  sidebarTab: SidebarTab;
  /** What the canvas's nodes show: every column, keys only, or names only (kept across sessions). */
  displayMode: DisplayMode;
  /** The canvas alone on the page: editor, side panel and migration panel hidden. */
  canvasOnly: boolean;

  /**
   * Node positions from the canvas, merged into the layout (`replace`: forget every other
   * position, after a full layout). Runs the `set-layout` command.
   */
  setPositions(positions: Record<string, XY>, replace?: boolean): void;
  selectNode(id: string | undefined): void;
  /** Selects these nodes; the first becomes `selectedNode` unless it is among them already. */
  setSelection(ids: string[]): void;
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
  setSidebarTab(tab: SidebarTab): void;
  setSchemaShown(schema: string, shown: boolean): void;
  setFocusMode(on: boolean): void;
  /** Shows every table again: focus mode off, no schema hidden. */
  clearViewFilters(): void;
  setVerification(verification: Verification | undefined): void;
  setDisplayMode(mode: DisplayMode): void;
  setExpanded(node: string, expanded: boolean): void;
  setCanvasOnly(on: boolean): void;
  /** A node's pattern menu: selects the table and shows its patterns in the side panel. */
  showPatternsOf(node: string): void;
}

export type AppState = DocumentSlice & UiSlice;

const THEME_KEY = 'schemawise.theme';
const DISPLAY_KEY = 'schemawise.displayMode';

function stored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function storedDisplayMode(): DisplayMode {
  const value = stored(DISPLAY_KEY);
  return value === 'keys' || value === 'names' ? value : 'all';
}

function storedTheme(): ThemeChoice {
  try {
    const value = globalThis.localStorage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

let noticeId = 0;

/** The side panel after a selection of `count` nodes on the canvas: one table shows its inspector. */
function tabFor(current: SidebarTab, count: number): SidebarTab {
  return count === 1 && current === 'problems' ? 'table' : current;
}

export const useApp = create<AppState>()((set) => ({
  ...initialDocumentSlice(),
  ...initialDocumentUi(),
  problemsGrouping: 'rule',
  severities: { error: true, warn: true, info: true },
  theme: storedTheme(),
  migrationTab: 'up',
  migrationOpen: true,
  sidebarTab: 'problems',
  displayMode: storedDisplayMode(),
  canvasOnly: false,

  setPositions: (positions, replace = false) => execute('set-layout', { positions, replace }),
  // A table chosen on the canvas opens its inspector in the side panel, unless the Patterns tab
  // is open (it then shows that table's patterns). A finding's table (focusOn) leaves the panel
  // on the findings. Focus mode ends with the selection.
  selectNode: (id) =>
    set((state) =>
      state.selectedNode === id && state.selectedNodes.length === (id ? 1 : 0)
        ? state
        : { selectedNode: id, selectedNodes: id ? [id] : [], focus: state.focus && state.focus.node === id ? state.focus : undefined, sidebarTab: tabFor(state.sidebarTab, id ? 1 : 0), focusMode: state.focusMode && !!id },
    ),
  setSelection: (ids) =>
    set((state) => {
      const unique = [...new Set(ids)];
      const primary = state.selectedNode && unique.includes(state.selectedNode) ? state.selectedNode : unique[0];
      if (primary === state.selectedNode && unique.length === state.selectedNodes.length && unique.every((id) => state.selectedNodes.includes(id))) return state;
      return {
        selectedNode: primary,
        selectedNodes: unique,
        focus: state.focus && state.focus.node === primary ? state.focus : undefined,
        sidebarTab: tabFor(state.sidebarTab, unique.length),
        // Focus mode shows the selected table's neighbours: with nothing selected it ends, rather
        // than waiting, unseen, to hide everything at the next click.
        focusMode: state.focusMode && unique.length > 0,
      };
    }),
  focusOn: (node, column) =>
    set((state) => ({ selectedNode: node, selectedNodes: [node], focus: { node, column, seq: (state.focus?.seq ?? 0) + 1 } })),
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
  setSidebarTab: (sidebarTab) => set({ sidebarTab }),
  setFocusMode: (focusMode) => set({ focusMode }),
  clearViewFilters: () => set({ focusMode: false, hiddenSchemas: [] }),
  setVerification: (verification) => set({ verification }),
  setDisplayMode: (displayMode) => {
    try {
      globalThis.localStorage?.setItem(DISPLAY_KEY, displayMode);
    } catch {
      // Storage can be unavailable (private mode); the choice then lasts for the session.
    }
    set({ displayMode });
  },
  setExpanded: (node, expanded) =>
    set((state) => ({ expandedNodes: expanded ? [...new Set([...state.expandedNodes, node])] : state.expandedNodes.filter((id) => id !== node) })),
  setCanvasOnly: (canvasOnly) => set({ canvasOnly }),
  setSchemaShown: (schema, shown) =>
    set((state) => ({ hiddenSchemas: shown ? state.hiddenSchemas.filter((s) => s !== schema) : [...new Set([...state.hiddenSchemas, schema])] })),
  showPatternsOf: (node) =>
    set((state) => ({ sidebarTab: 'patterns', selectedNode: node, selectedNodes: [node], focus: state.focus && state.focus.node === node ? state.focus : undefined })),
}));

/**
 * Puts a document commit (commitDocument) into the store; when it brings another document, the
 * per-document UI state starts over in the same update, so that nothing (a derivation, a render)
 * ever sees the new document with the old one's focus, filters or destructive switch.
 */
export function commitToStore(commit: Commit): void {
  useApp.setState((state) => (commit.documentKey === state.documentKey ? commit : { ...commit, ...initialDocumentUi() }));
}
