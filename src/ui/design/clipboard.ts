/**
 * Copy and paste of tables on the canvas. The copy is a snapshot of the tables as designed; the
 * paste adds them again as new tables named `<t>_copy` (then `_copy_2`, ...), with their
 * generated constraint and index names following, foreign keys between copied tables pointing
 * at the copies and foreign keys to other tables kept.
 */
import type { SchemaChange } from '../../core/changes';
import { keyOf, type Schema, type Table } from '../../core/model';
import type { XY } from '../store';
import { freeName, relationNames } from './lookup';
import { withRenamedObjects } from './object-names';

export interface TableClipboard {
  tables: Table[];
  /** Positions of the copied nodes, by node id, when they had one. */
  positions: Record<string, XY>;
}

/** Where a pasted table goes relative to its original. */
export const PASTE_OFFSET = 40;

/** Plain copies without source ranges: pasted objects were not read from the SQL. */
function withoutSource<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, inner: unknown) => (key === 'source' ? undefined : inner))) as T;
}

export function copyTables(schema: Schema, ids: readonly string[], layout: Record<string, XY>): TableClipboard | undefined {
  const tables = ids.map((id) => schema.tables[id]).filter((t): t is Table => t !== undefined);
  if (tables.length === 0) return undefined;
  const positions: Record<string, XY> = {};
  for (const table of tables) {
    const at = layout[keyOf(table)];
    if (at) positions[keyOf(table)] = at;
  }
  return { tables: withoutSource(tables), positions };
}

/** A pasted table stands alone: a copy of a partition is a plain table with the same columns. */
function standalone(table: Table): Table {
  if (!table.partitionOf) return table;
  const { partitionOf: _parent, ...rest } = table;
  return {
    ...rest,
    columns: rest.columns.map(({ inherited: _i, ...column }) => column),
    checks: rest.checks.map(({ inherited: _i, ...check }) => check),
  };
}

export function pasteTables(schema: Schema, clipboard: TableClipboard): { changes: SchemaChange[]; positions: Record<string, XY>; keys: string[] } {
  const renamed = new Map<string, { schema: string; name: string }>();
  const takenBySchema = new Map<string, Set<string>>();
  const taken = (schemaName: string) => {
    let set = takenBySchema.get(schemaName);
    if (!set) takenBySchema.set(schemaName, (set = relationNames(schema, schemaName)));
    return set;
  };
  const copies: Table[] = [];
  for (const original of clipboard.tables) {
    const names = taken(original.schema);
    const name = freeName(`${original.name}_copy`, (n) => names.has(n));
    names.add(name);
    renamed.set(keyOf(original), { schema: original.schema, name });
    copies.push(withRenamedObjects(standalone(original), name, names));
  }
  const changes: SchemaChange[] = [];
  const positions: Record<string, XY> = {};
  const keys: string[] = [];
  clipboard.tables.forEach((original, i) => {
    const copy = copies[i]!;
    for (const fk of copy.foreignKeys) fk.references = renamed.get(keyOf(fk.references)) ?? fk.references;
    // The copy's own generated names and its identity sequence are new; nothing else is shared.
    changes.push({ kind: 'add-table', table: copy });
    const key = keyOf(copy);
    keys.push(key);
    const at = clipboard.positions[keyOf(original)];
    if (at) positions[key] = { x: at.x + PASTE_OFFSET, y: at.y + PASTE_OFFSET };
  });
  return { changes, positions, keys };
}

/** The canvas's clipboard: tables copied with Ctrl/Cmd+C, for the next paste. */
let held: TableClipboard | undefined;

export function holdClipboard(clipboard: TableClipboard | undefined): void {
  held = clipboard;
}

export function heldClipboard(): TableClipboard | undefined {
  return held;
}
