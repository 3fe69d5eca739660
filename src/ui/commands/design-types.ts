/** What the design commands (design-commands.ts) take. */
import type { ColumnChanges } from '../../core/changes';
import type { QualifiedName, TypeRef } from '../../core/model';
import type { IndexDraft } from '../design/constraints';
import type { ForeignKeyDraft, ForeignKeyOptions } from '../design/foreign-keys';
import type { TableClipboard } from '../design/clipboard';
import type { XY } from '../store';

interface OnTable {
  table: QualifiedName;
}

export interface DesignCommandArgs {
  /** An empty source: design from nothing. */
  'new-document': undefined;
  /** A new table (`table_N` unless named) at a canvas position (the view's centre when none). */
  'create-table': { name?: string; at?: XY; schema?: string } | undefined;
  'rename-table': OnTable & { name: string };
  /** Deletes tables and views by node id; the selection when none are given. */
  'delete-tables': { ids: string[] } | undefined;
  /** Pastes copied tables (the canvas clipboard when none are given). */
  'paste-tables': { clipboard: TableClipboard } | undefined;
  /** Lines the selected (or given) nodes up on their left or top edge. */
  'align-tables': { edge: 'left' | 'top'; ids?: string[] };
  'add-column': OnTable & { name: string; type: TypeRef; notNull?: boolean };
  'rename-column': OnTable & { column: string; name: string };
  /** Up (-1) or down (+1). */
  'move-column': OnTable & { column: string; delta: number };
  'alter-column': OnTable & { column: string; set: ColumnChanges };
  'drop-column': OnTable & { column: string };
  'set-column-unique': OnTable & { column: string; unique: boolean };
  /** The column's own CHECK (canonical SQL), or null to remove it. */
  'set-column-check': OnTable & { column: string; expression: string | null };
  'set-primary-key': OnTable & { columns: string[] };
  'add-check': OnTable & { expression: string; name?: string };
  'drop-constraint': OnTable & { name: string };
  'add-index': OnTable & IndexDraft;
  'drop-index': OnTable & { name: string };
  /** COMMENT ON the table, or on one of its columns; empty text removes it. */
  'set-comment': OnTable & { column?: string; comment: string };
  'add-foreign-key': ForeignKeyDraft;
  'alter-foreign-key': OnTable & { name: string; set: ForeignKeyOptions };
  'create-enum': { name: string; values: string[]; schema?: string };
  'add-enum-value': { type: QualifiedName; value: string };
}

export type DesignCommandId = keyof DesignCommandArgs;
