/**
 * Column changes Postgres refuses on a partition: its columns are its parent's. A column is
 * added to (or dropped from, or retyped on) the partitioned table, and reaches every partition.
 * Design edits can ask for these; the planner refuses them up front, saying what to do instead.
 */
import type { SchemaChange } from '../changes/types';
import { keyOf } from '../model/names';
import type { QualifiedName, Schema } from '../model/types';
import { sameName } from '../model/names';

export function partitionRefusal(change: SchemaChange, from: Schema): string | undefined {
  if (change.kind === 'drop-index') return attachedKeyRefusal(change.table, change.name, from);
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

/**
 * A partitioned table's plain index that a partition's own primary or unique key is attached to
 * (the key made USING INDEX over the partition's share): Postgres drops neither without the
 * other. DROP INDEX on the parent fails (the key depends on the partition's index), dropping the
 * key fails (the parent's index requires its index), and an index partition cannot be detached;
 * only DROP INDEX ... CASCADE goes through, taking the partition's key along, its uniqueness
 * unchecked until a new one is built. pg-schema-diff refuses this too.
 */
function attachedKeyRefusal(table: QualifiedName, name: string, from: Schema): string | undefined {
  const parent = from.tables[keyOf(table)];
  if (!parent?.partitioning || !parent.indexes.some((ix) => ix.name === name)) return undefined;
  const index = { schema: table.schema, name };
  for (const partition of Object.values(from.tables)) {
    if (!partition.partitionOf || !sameName(partition.partitionOf.parent, table)) continue;
    const keys = [...(partition.primaryKey ? [{ kind: 'primary key', key: partition.primaryKey }] : []), ...partition.uniqueConstraints.map((key) => ({ kind: 'unique key', key }))];
    const attached = keys.find(({ key }) => key.partitionOf && sameName(key.partitionOf, index));
    if (attached) return `dropping index ${name} on partitioned table ${table.name}: the ${attached.kind} ${attached.key.name} of partition ${partition.name} is over an index attached to it, and Postgres drops neither without the other (only DROP INDEX ... CASCADE, which takes the key along and leaves ${partition.name} unchecked until a new one is built); run that by hand at a quiet time, then plan again`;
  }
  return undefined;
}
