/**
 * Column changes Postgres refuses on a partition: its columns are its parent's. A column is
 * added to (or dropped from, or retyped on) the partitioned table, and reaches every partition.
 * Design edits can ask for these; the planner refuses them up front, saying what to do instead.
 */
import type { SchemaChange } from '../changes/types';
import { keyOf } from '../model/names';
import type { Schema } from '../model/types';

export function partitionRefusal(change: SchemaChange, from: Schema): string | undefined {
  if (change.kind !== 'add-column' && change.kind !== 'drop-column' && change.kind !== 'alter-column') return undefined;
  const table = from.tables[keyOf(change.table)];
  const parent = table?.partitionOf?.parent;
  if (!table || !parent) return undefined;
  const column = change.kind === 'add-column' ? change.column.name : change.column;
  if (change.kind === 'add-column') return `a column of its own (${column}) on partition ${table.name}: a partition has exactly its parent's columns; add ${column} to ${parent.name}, and it reaches every partition`;
  const inherited = table.columns.find((c) => c.name === column)?.inherited;
  if (!inherited) return undefined;
  if (change.kind === 'drop-column') return `dropping ${table.name}.${column}: the column is the parent's; drop it from ${parent.name} (every partition loses it)`;
  if (change.set.type) return `a new type for ${table.name}.${column}: the column is the parent's; change its type on ${parent.name}`;
  return undefined;
}
