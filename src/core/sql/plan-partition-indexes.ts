/**
 * Indexes of partitioned tables on a live database: the parent's index built ON ONLY with each
 * partition's share built concurrently and attached, a partition's own index attached to an
 * index the parent keeps, and the partitions' shares named in a down migration.
 */
import { sameIndexDefinition } from '../changes/partitions';
import type { SchemaChange } from '../changes/types';
import { chooseName, nameAddition } from '../model/auto-names';
import { keyOf, sameName } from '../model/names';
import { relationNames } from '../model/names-in-use';
import type { Index, QualifiedName, Schema, Table } from '../model/types';
import { copyNameInTarget } from './plan-partitions';
import { statement } from './plan-statement';
import type { PlannedStatement } from './plan-types';
import { indexSql } from './print-parts';
import { quoteQualified } from './safe-text';

/**
 * An index on a partitioned table that has rows: CONCURRENTLY cannot build it there, and a plain
 * build locks every partition for its length. Instead (as pg_dump and pg-schema-diff do): the
 * parent's index ON ONLY the parent (instant, invalid until complete), each partition's own
 * index built concurrently, then attached; the parent's index becomes valid with the last one.
 * Undefined when a partition's index is not in the target (it is then built the plain way).
 */
export function partitionedIndexStatements(table: QualifiedName, index: Index, before: Schema, target: Schema): PlannedStatement[] | undefined {
  const partitions = Object.values(before.tables).filter((t) => t.partitionOf && sameName(t.partitionOf.parent, table));
  if (partitions.length === 0 || partitions.some((p) => p.partitioning) || index.elements.some((e) => !e.column)) return undefined;
  const parentIndex = quoteQualified({ schema: table.schema, name: index.name });
  const taken = relationNames(before, table.schema);
  const out = [statement({ sql: `${indexSql({ ...index, only: true }, table)};`, description: `Index ${index.name} on ${table.name} itself (valid once every partition's index is attached)`, phase: 'indexes', reverse: `DROP INDEX ${parentIndex};`, squawkIgnore: { rules: ['require-concurrent-index-creation'], reason: 'ON ONLY the partitioned parent builds nothing (each partition\'s index is built concurrently, or an equal one attached), and CONCURRENTLY is not allowed there' } })];
  for (const partition of partitions) {
    // An equal index the partition has already is attached, not built twice.
    const local = partition.indexes.find((ix) => !ix.partitionOf && sameIndexDefinition(ix, index));
    const name = local?.name ?? copyNameInTarget(target, partition, table, index.name) ?? chooseName(partition.name, nameAddition([...index.elements.map((e) => e.column!), ...index.include]), 'idx', (n) => taken.has(n));
    taken.add(name);
    if (!local) {
      // Dropped with the parent's index in the down migration: no reverse of its own.
      out.push(statement({ sql: `${indexSql({ ...index, name, only: false }, partition, { concurrently: true, ifNotExists: true })};`, description: `Index ${name} on partition ${partition.name} (built without blocking writes)`, phase: 'indexes', hazards: ['index-build'], transactional: false, reverse: '' }));
    }
    // Going back, the parent's DROP INDEX takes the attached indexes along: the partition's
    // own one is created again.
    if (local) out[0] = { ...out[0]!, reverse: `${out[0]!.reverse}\n${indexSql(local, partition)};` };
    out.push(statement({ sql: `ALTER INDEX ${parentIndex} ATTACH PARTITION ${quoteQualified({ schema: partition.schema, name })};`, description: `Attach ${name} to ${index.name}`, phase: 'indexes', reverse: '' }));
  }
  return out;
}

/**
 * A partition's own index attached to the parent's (a catalog change: nothing is built). There
 * is no DETACH for an index: going back, the parent's index is dropped (its attached shares go
 * with it) and made again ON ONLY, with the other partitions' shares built and attached again,
 * and this partition's index built as its own. Not reversible when a share backs a key (the
 * parent's index could not be dropped) or the parent's index is a key.
 */
export function attachIndexStatement(change: Extract<SchemaChange, { kind: 'attach-index' }>, before: Schema): PlannedStatement {
  const partition = before.tables[keyOf(change.table)];
  const parentTable = partition?.partitionOf ? before.tables[keyOf(partition.partitionOf.parent)] : undefined;
  const parentIndex = parentTable?.indexes.find((ix) => ix.name === change.parent.name);
  const own = partition?.indexes.find((ix) => ix.name === change.name);
  const parentName = quoteQualified(change.parent);
  const sql = `ALTER INDEX ${parentName} ATTACH PARTITION ${quoteQualified({ schema: change.table.schema, name: change.name })};`;
  const description = `Attach ${change.name} to ${change.parent.name} (a catalog change: nothing is built)`;
  const shares = parentTable && attachedIndexes(before, parentTable, change.parent.name);
  const keyShare = parentTable && Object.values(before.tables).some((t) => t.partitionOf && sameName(t.partitionOf.parent, parentTable) && [t.primaryKey, ...t.uniqueConstraints].some((k) => k?.partitionOf && sameName(k.partitionOf, change.parent)));
  // A key the partition takes over its own index (ADD ... USING INDEX, in the validate phase) is
  // attached once it exists.
  const ownKey = partition && [partition.primaryKey, ...partition.uniqueConstraints].some((k) => k?.name === change.name && !k.partitionOf);
  if (ownKey) return statement({ sql, description, phase: 'validate' });
  if (!partition || !parentTable || !parentIndex || !own || !shares || keyShare) return statement({ sql, description, phase: 'indexes' });
  const reverse = [
    `DROP INDEX ${parentName};`,
    `${indexSql({ ...parentIndex, only: true }, parentTable)};`,
    ...shares.flatMap(({ partition: p, index }) => [`${indexSql(index, p)};`, `ALTER INDEX ${parentName} ATTACH PARTITION ${quoteQualified({ schema: p.schema, name: index.name })};`]),
    `${indexSql(own, partition)};`,
  ].join('\n');
  return statement({ sql, description, phase: 'indexes', reverse });
}

/** The partitions' indexes attached to a partitioned table's index (not those behind keys). */
export function attachedIndexes(schema: Schema, table: QualifiedName, name: string): { partition: Table; index: Index }[] {
  const parentIndex = { schema: table.schema, name };
  return Object.values(schema.tables).flatMap((partition) => (partition.partitionOf && sameName(partition.partitionOf.parent, table) ? partition.indexes.filter((ix) => ix.partitionOf && sameName(ix.partitionOf, parentIndex)).map((index) => ({ partition, index })) : []));
}
