/**
 * What happens to partitions between two schemas, beyond tables added and dropped:
 *
 * - a table kept in both that becomes a partition, stops being one, or moves to another bound
 *   or parent: detach and/or attach (Postgres cannot change a bound in place);
 * - a table whose partitioning changes (a plain table becoming partitioned, a partitioned one
 *   becoming plain, another strategy or key): Postgres cannot alter that, so the table is
 *   rebuilt (`rebuild-table`: made anew in the target's shape, rows copied). The rebuild takes
 *   over the table and its partitions on both sides; nothing else is diffed for them.
 */
import type { SchemaChange } from '../changes/types';
import { partitionTree } from '../changes/partitions';
import { keyOf } from '../model/names';
import type { Schema, Table } from '../model/types';
import { same } from './compare';

export interface PartitionDiff {
  /** Keys of the tables a rebuild takes over (the table, its old and its new partitions). */
  rebuilt: Set<string>;
  rebuilds: SchemaChange[];
  detaches: SchemaChange[];
  attaches: SchemaChange[];
  /** Tables that are attached or detached: their columns are compared whether inherited or not. */
  moved: Set<string>;
}

function strip(table: Table): Table {
  return JSON.parse(JSON.stringify(table, (key, value) => (key === 'source' ? undefined : value)));
}

const ref = (t: Table) => ({ schema: t.schema, name: t.name });

export function diffPartitioning(base: Schema, to: Schema): PartitionDiff {
  const result: PartitionDiff = { rebuilt: new Set(), rebuilds: [], detaches: [], attaches: [], moved: new Set() };
  const fromTables = Object.values(base.tables);
  const toTables = Object.values(to.tables);
  for (const [key, after] of Object.entries(to.tables)) {
    const before = base.tables[key];
    if (!before || same(before.partitioning, after.partitioning)) continue;
    // A partition whose own partitioning changes would have to be rebuilt and re-attached in
    // one go; that is left to a drop and a create (see the planner's notes).
    if (before.partitionOf || after.partitionOf) continue;
    result.rebuilt.add(key);
    const oldPartitions = partitionTree(fromTables, before);
    for (const p of oldPartitions) {
      const later = to.tables[keyOf(p)];
      // A partition that stays as a table of its own is detached before the rebuild.
      if (later && !(later.partitionOf && partitionTree(toTables, after).includes(later))) continue;
      result.rebuilt.add(keyOf(p));
    }
    // The target's partitions are created with the new table, unless they are tables already
    // (not partitions of this one): those are attached afterwards.
    const created = partitionTree(toTables, after).filter((p) => {
      const earlier = base.tables[keyOf(p)];
      return !earlier || (earlier.partitionOf !== undefined && oldPartitions.includes(earlier));
    });
    for (const p of created) result.rebuilt.add(keyOf(p));
    result.rebuilds.push({ kind: 'rebuild-table', table: strip(after), partitions: created.map(strip) });
  }
  for (const [key, after] of Object.entries(to.tables)) {
    const before = base.tables[key];
    if (!before || result.rebuilt.has(key)) continue;
    const a = before.partitionOf;
    const b = after.partitionOf;
    if (same(a, b)) continue;
    result.moved.add(key);
    if (a) result.detaches.push({ kind: 'detach-partition', table: ref(after), parent: a.parent });
    if (b) result.attaches.push({ kind: 'attach-partition', table: ref(after), parent: b.parent, bound: b.bound });
  }
  return result;
}
