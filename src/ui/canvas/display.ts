/**
 * What a node shows, by display mode (as Liam ERD and Azimutt have them): every column, only the
 * keys and the columns lines meet, or the table's name alone. A table of more than
 * COLLAPSE_AFTER columns shows that many (every column a line meets among them) and a
 * "+N more" row that expands it. The node's size and the height of each row follow, so the
 * layout and the lines' anchors follow the mode.
 */
import type { ColumnRow, ErNodeData, NodeSpec, TableNodeData, ViewNodeData } from './graph';
import { BODY_PADDING, BORDER, HEADER_HEIGHT, NODE_WIDTH, NOTE_HEIGHT, ROW_HEIGHT, nodeHeight } from './metrics';
import { maxOf } from '../../core/lib/arrays';

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

/** Advance of a bold sans-serif character, in ems (a little over: the name must fit). */
function charEm(c: string): number {
  if ('iljI.,:;|!\''.includes(c)) return 0.34;
  if ('frt()[]-'.includes(c)) return 0.45;
  if ('mwMW'.includes(c)) return 0.95;
  if (c >= 'A' && c <= 'Z') return 0.76;
  return 0.64;
}

const textEm = (text: string) => [...text].reduce((sum, c) => sum + charEm(c), 0);

/**
 * The pieces a name may break between: after an underscore, a dot or a hyphen, and before a
 * capital that follows a lower-case letter (camelCase), never inside a word.
 */
export function nameParts(label: string): string[] {
  return label.split(/(?<=[_.\-])|(?<=[a-z0-9])(?=[A-Z])/).filter((part) => part.length > 0);
}

/** `parts` in `count` consecutive lines, the widest as narrow as can be (few parts: all splits tried). */
function splitLines(parts: string[], count: number): string[] {
  if (count <= 1 || parts.length <= 1) return [parts.join('')];
  const widths = parts.map(textEm);
  let best: { lines: string[]; widest: number } | undefined;
  // Break points chosen greedily for each target width: the narrowest target that fits in `count` lines.
  const total = widths.reduce((a, b) => a + b, 0);
  for (let target = maxOf(widths); target <= total + 1e-9; target += 0.25) {
    const lines: string[] = [];
    let current = '';
    let width = 0;
    let widest = 0;
    parts.forEach((part, i) => {
      if (current && width + widths[i]! > target + 1e-9) {
        lines.push(current);
        widest = Math.max(widest, width);
        current = '';
        width = 0;
      }
      current += part;
      width += widths[i]!;
    });
    lines.push(current);
    widest = Math.max(widest, width);
    if (lines.length <= count) {
      best = { lines, widest };
      break;
    }
  }
  return best?.lines ?? [parts.join('')];
}

export interface FarName {
  lines: string[];
  /** Font size in flow units. */
  size: number;
}

/**
 * The name drawn over a zoomed-out node: its lines, broken only between nameParts, and the
 * largest font size (in flow units) at which they fit in a node of this size (at most 14 px on
 * screen, the CSS says). The fewest lines that give the largest size win.
 */
export function farName(label: string, width: number, height: number): FarName {
  const inner = width - 12;
  const parts = nameParts(label);
  let best = { lines: [label], size: 0 };
  for (let count = 1; count <= Math.min(4, parts.length); count++) {
    const lines = splitLines(parts, count);
    const widest = maxOf(lines.map(textEm));
    const size = Math.floor(Math.min(inner / widest, (height - 6) / (1.15 * lines.length)));
    if (size > best.size) best = { lines, size };
  }
  return best;
}
