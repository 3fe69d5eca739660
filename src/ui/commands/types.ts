import type { PatternApplication, SchemawiseDocument } from '../../core/document';
import type { Fix } from '../../core/rules';
import type { PgVersion } from '../../core/sql';
import type { AppState, XY } from '../store';
import type { HistoryMode } from '../store-document';
import type { DesignCommandArgs } from './design-types';
import type { CanvasCommandArgs } from './canvas-commands';

/** What each command takes (the design commands' arguments are in design-types.ts). */
export interface CommandArgs extends DesignCommandArgs, CanvasCommandArgs {
  /** A new source (a file opened, dropped or the sample): a fresh document around it. */
  'replace-source': { sql: string; name: string };
  /**
   * The editor's text changed (typing, pasting into it): edits and patterns stay. `basis`: the
   * document and source revision the text was typed against; an edit that arrives after another
   * document was loaded, or its text replaced (a debounced keystroke), is dropped.
   */
  'edit-source': { sql: string; basis?: { documentKey: number; sourceRevision: number } };
  /** A whole document (a project file, a share link). */
  'open-document': { document: SchemawiseDocument };
  /** A finding's fix: its changes join the design edits, or its pattern is turned on. */
  'apply-fix': { fix: Fix };
  /** Turns a pattern on for its target, or off when it is on. */
  'toggle-pattern': PatternApplication;
  /** New parameters for a pattern that is on (replacing its params). */
  'set-pattern-params': PatternApplication & { params: Record<string, unknown> };
  /** Canvas positions (dragged, tidied up or placed); `replace` forgets the others. */
  'set-layout': { positions: Record<string, XY>; replace?: boolean; follow?: boolean };
  /** The Postgres version migrations are planned for (a document setting). */
  'set-pg-version': { version: PgVersion };
  /** How the source is read: schemas it never creates assumed to exist (default), or strict. */
  'set-strict-schemas': { strict: boolean };
  'reset-sample': undefined;
  undo: undefined;
  redo: undefined;
}

export type CommandId = keyof CommandArgs;

/**
 * A document command (DESIGN.md §6): toolbar buttons, shortcuts and menus render from the
 * registry; `run` returns the new document (undefined: nothing to do) and never mutates state.
 */
export interface Command<K extends CommandId = CommandId> {
  id: K;
  label: string;
  /** Key combinations, `Mod` being Ctrl (or ⌘ on a Mac): `Mod+Shift+Z`. */
  shortcuts?: string[];
  /** Shown in the toolbar. */
  toolbar?: boolean;
  history: HistoryMode | ((state: AppState, args: CommandArgs[K]) => HistoryMode);
  /**
   * The command opens another document (a file, a project, the sample, a new one): it is saved in
   * a slot of its own, and the one open before stays in the recent documents (persist.ts); the UI
   * state that belongs to a document (focus, filters, the destructive switch, a verification)
   * starts over.
   */
  opens?: boolean;
  /** Listed in the command palette (Ctrl/Cmd+K): only commands that need no arguments. */
  palette?: boolean;
  enabled(state: AppState): boolean;
  /** Throws a DesignError (src/ui/design/errors.ts) when the input is refused; `execute` reports it. */
  run(state: AppState, args: CommandArgs[K]): SchemawiseDocument | undefined;
  /**
   * The canvas selection after the command ran, given the nodes of the tables it added and the
   * selection before (a new table is selected, so its inspector opens; a renamed one stays
   * selected under its new name); absent: the selection stays.
   */
  selection?(args: CommandArgs[K], added: string[], current: string[]): string[] | undefined;
}
