/** Tables dropped first because an object the migration creates takes a name they hold. */
import type { SchemaChange } from '../changes/types';
import { partitionTree } from '../changes/partitions';
import { keyOf } from '../model/names';
import type { Schema, Table } from '../model/types';

/** A table's own names in its schema's relation namespace: its own, its keys' and its indexes'. */
function tableRelationNames(table: Table): string[] {
  return [table.name, ...(table.primaryKey ? [table.primaryKey.name] : []), ...table.uniqueConstraints.map((c) => c.name), ...table.exclusions.map((c) => c.name), ...table.indexes.map((ix) => ix.name)];
}

/**
 * The tables dropped by `changes` that hold a name (their own, or an index's or key's) that an
 * object the migration creates in the same schema takes: a table created, a key or index added.
 * Not a partitioned table whose partitions stay (they are detached or moved after the creations).
 */
export function tablesFreeingNames(from: Schema, target: Schema, changes: readonly SchemaChange[]): Set<string> {
  const created = new Set<string>();
  const add = (schema: string, name: string) => created.add(`${schema}\u0000${name}`);
  for (const c of changes) {
    if (c.kind === 'add-table') for (const name of tableRelationNames(c.table)) add(c.table.schema, name);
    else if (c.kind === 'add-index') add(c.table.schema, c.index.name);
    else if (c.kind === 'add-constraint' && c.constraint.type !== 'check' && c.constraint.type !== 'foreign-key') add(c.table.schema, c.constraint.name);
    else if (c.kind === 'rebuild-table') {
      const table = target.tables[keyOf(c.table)];
      if (table) for (const name of tableRelationNames(table)) add(c.table.schema, name);
    }
  }
  const out = new Set<string>();
  for (const c of changes) {
    if (c.kind !== 'drop-table') continue;
    const table = from.tables[keyOf(c.table)];
    if (!table || partitionTree(Object.values(from.tables), table).some((p) => target.tables[keyOf(p)])) continue;
    const tree = [table, ...partitionTree(Object.values(from.tables), table)];
    // Its partitions go first with it (children are dropped before their parent).
    if (tree.some((t) => tableRelationNames(t).some((name) => created.has(`${t.schema}\u0000${name}`)))) for (const t of tree) out.add(keyOf(t));
  }
  return out;
}
