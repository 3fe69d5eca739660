/**
 * What a node shows, by display mode (as Liam ERD and Azimutt have them): every column, only the
 * keys and the columns lines meet, or the table's name alone. A table of more than
 * COLLAPSE_AFTER columns shows that many (every column a line meets among them) and a
 * "+N more" row that expands it. The node's size and the height of each row follow, so the
 * layout and the lines' anchors follow the mode.
 */
import type { ColumnRow, ErNodeData, NodeSpec, TableNodeData, ViewNodeData } from './graph';
import { BODY_PADDING, BORDER, HEADER_HEIGHT, NODE_WIDTH, NOTE_HEIGHT, ROW_HEIGHT, nodeHeight } from './metrics';

export type DisplayMode = 'all' | 'keys' | 'names';

export const DISPLAY_MODES: { id: DisplayMode; label: string; title: string }[] = [
  { id: 'all', label: 'All', title: 'Every column (tables of many columns show the first 15 and a row to expand them)' },
  { id: 'keys', label: 'Keys', title: 'Primary, unique and foreign key columns, and the columns lines meet' },
  { id: 'names', label: 'Names', title: 'Table names only' },
];

export const COLLAPSE_AFTER = 15;

/** A table node as drawn: its data with the rows shown. */
export type ShownTableData = TableNodeData & {
  /** Columns left out by the collapse ("+N more"), 0 when none. */
  hiddenColumns: number;
  expanded: boolean;
  mode: DisplayMode;
};

export type ShownViewData = ViewNodeData & { mode: DisplayMode };

export type ShownData = ShownTableData | ShownViewData;

export interface NodeView {
  data: ShownData;
  size: { width: number; height: number };
  /** Distance from the node's top to the middle of each shown column's row. */
  rows: Map<string, number>;
}

function shownColumns(data: TableNodeData, mode: DisplayMode, expanded: boolean): { columns: ColumnRow[]; hidden: number } {
  if (mode === 'names') return { columns: [], hidden: 0 };
  if (mode === 'keys') return { columns: data.columns.filter((c) => c.pk || c.unique || c.fk || c.handle), hidden: 0 };
  // One "+N more" row for a single hidden column would save nothing.
  if (expanded || data.columns.length <= COLLAPSE_AFTER + 1) return { columns: data.columns, hidden: 0 };
  let budget = Math.max(0, COLLAPSE_AFTER - data.columns.filter((c) => c.handle).length);
  const columns = data.columns.filter((c) => c.handle || budget-- > 0);
  return { columns, hidden: data.columns.length - columns.length };
}

/** The middle of the row at `index` below the node's top (header and note above the rows). */
export function rowCentre(note: boolean, index: number): number {
  return BORDER + HEADER_HEIGHT + (note ? NOTE_HEIGHT : 0) + BODY_PADDING + (index + 0.5) * ROW_HEIGHT;
}

/** The middle of the header: where lines meet a node that shows no row for them. */
export const HEADER_CENTRE = BORDER + HEADER_HEIGHT / 2;

/** Whether the node's collapsed table can be expanded ("+N more"). */
export function collapsible(data: ErNodeData, mode: DisplayMode): boolean {
  return mode === 'all' && data.kind === 'table' && data.columns.length > COLLAPSE_AFTER + 1;
}

export function nodeView(spec: NodeSpec, mode: DisplayMode, expanded: boolean): NodeView {
  const rows = new Map<string, number>();
  if (spec.data.kind === 'table') {
    const { columns, hidden } = shownColumns(spec.data, mode, expanded);
    const note = !!spec.data.note;
    columns.forEach((column, i) => rows.set(column.name, rowCentre(note, i)));
    // The "+N more" row, or once expanded the row that collapses the table again.
    const count = columns.length + (hidden > 0 || (expanded && collapsible(spec.data, mode)) ? 1 : 0);
    return {
      data: { ...spec.data, columns, hiddenColumns: hidden, expanded: expanded && collapsible(spec.data, mode), mode },
      size: { width: NODE_WIDTH, height: nodeHeight(count, note) },
      rows,
    };
  }
  const shown = mode === 'all' ? spec.data.rows : [];
  return { data: { ...spec.data, rows: shown, mode }, size: { width: NODE_WIDTH, height: nodeHeight(shown.length, true) }, rows };
}

/** The anchor height of a line at `column` of a node (the header when the row is not shown). */
export function anchorY(view: NodeView | undefined, column: string | undefined): number {
  return (column !== undefined ? view?.rows.get(column) : undefined) ?? HEADER_CENTRE;
}

/** Average advance of a bold sans-serif character, in ems. */
const CHAR_EM = 0.6;

/**
 * The largest font size (in flow units) at which `label` fits in a node of this size, in as many
 * lines as suit it: the size of the name drawn over a zoomed-out node (at most 14 px on screen).
 */
export function farFontSize(label: string, width: number, height: number): number {
  const inner = width - 12;
  let best = 0;
  for (let lines = 1; lines <= 4; lines++) {
    const perLine = Math.ceil(label.length / lines);
    best = Math.max(best, Math.min(inner / (CHAR_EM * perLine), (height - 6) / (1.15 * lines)));
  }
  return Math.floor(best);
}
