/**
 * Partitions and inheritance after the fact: ATTACH / DETACH PARTITION, INHERIT / NO INHERIT,
 * and ALTER INDEX ... ATTACH PARTITION (how pg_dump ties partition indexes to the parent's).
 */
import { sameName } from '../../model/names';
import type { QualifiedName, Table } from '../../model/types';
import { type Fields, rangeVarName } from '../ast';
import type { ImportContext } from '../context';
import { partitionBoundText } from './index-elements';
import { copyParentKeysAndIndexes } from './partition-copies';

function ref(table: Table): QualifiedName {
  return { schema: table.schema, name: table.name };
}

export function attachPartition(ctx: ImportContext, parent: Table, cmd: Fields): void {
  const childName = rangeVarName(cmd.name ?? {});
  const child = ctx.findTable(childName);
  if (!child) {
    ctx.report('error', `relation "${childName.name}" does not exist`);
    return;
  }
  if (!parent.partitioning) {
    ctx.report('error', `table "${parent.name}" is not partitioned`);
    return;
  }
  child.partitionOf = { parent: ref(parent), bound: partitionBoundText(cmd.bound ?? {}) };
  // From now on the partition's columns and the parent's checks are the parent's, as with
  // CREATE TABLE ... PARTITION OF.
  for (const column of child.columns) if (parent.columns.some((c) => c.name === column.name)) column.inherited = true;
  for (const check of child.checks) if (parent.checks.some((c) => c.name === check.name && !c.noInherit)) check.inherited = true;
  copyParentKeysAndIndexes(ctx, parent, child);
  ctx.names.invalidate();
}

export function detachPartition(ctx: ImportContext, parent: Table, cmd: Fields): void {
  const childName = rangeVarName(cmd.name ?? {});
  const child = ctx.findTable(childName);
  if (!child || !child.partitionOf || !sameName(child.partitionOf.parent, parent)) {
    ctx.report('error', `relation "${childName.name}" is not a partition of "${parent.name}"`);
    return;
  }
  delete child.partitionOf;
  // The detached table keeps its indexes, constraints and columns as its own.
  for (const index of child.indexes) delete index.partitionOf;
  if (child.primaryKey) delete child.primaryKey.partitionOf;
  for (const unique of child.uniqueConstraints) delete unique.partitionOf;
  for (const column of child.columns) delete column.inherited;
  for (const check of child.checks) delete check.inherited;
  ctx.names.invalidate();
}

export function addInherit(ctx: ImportContext, child: Table, rv: Fields): void {
  const parent = ctx.findTable(rangeVarName(rv));
  if (!parent) {
    ctx.report('error', `relation "${rv.relname}" does not exist`);
    return;
  }
  if (parent === child || ctx.descendants(child).includes(parent)) {
    ctx.report('error', 'circular inheritance not allowed');
    return;
  }
  child.inherits.push(ref(parent));
  ctx.names.invalidate();
}

export function dropInherit(ctx: ImportContext, child: Table, rv: Fields): void {
  const parent = ctx.findTable(rangeVarName(rv));
  if (!parent) return;
  child.inherits = child.inherits.filter((p) => !sameName(p, parent));
  for (const column of child.columns) delete column.inherited;
  for (const check of child.checks) delete check.inherited;
  ctx.names.invalidate();
}

/** ALTER INDEX parent_idx ATTACH PARTITION child_idx (the child may back a PK or unique). */
export function attachIndexPartition(ctx: ImportContext, parentIndexName: { schema?: string; name: string }, cmd: Fields): void {
  const childName = rangeVarName(cmd.name ?? {});
  const childSchema = childName.schema ?? ctx.creationSchema();
  const parentRef: QualifiedName = { schema: parentIndexName.schema ?? childSchema, name: parentIndexName.name };
  for (const table of Object.values(ctx.schema.tables)) {
    if (table.schema !== childSchema) continue;
    const candidates: { name: string; partitionOf?: QualifiedName }[] = [
      ...table.indexes,
      ...(table.primaryKey ? [table.primaryKey] : []),
      ...table.uniqueConstraints,
      ...table.exclusions,
    ];
    const match = candidates.find((c) => c.name === childName.name);
    if (match) {
      match.partitionOf = parentRef;
      markValidWhenComplete(ctx, parentRef);
      return;
    }
  }
  ctx.report('error', `index "${childName.name}" does not exist`);
}

/**
 * An index made `ON ONLY` a partitioned table is invalid until every partition has an index
 * attached to it; then Postgres marks it valid and it is like any other.
 */
function markValidWhenComplete(ctx: ImportContext, parentIndex: QualifiedName): void {
  for (const table of Object.values(ctx.schema.tables)) {
    const index = table.indexes.find((ix) => ix.name === parentIndex.name && table.schema === parentIndex.schema);
    if (!index?.only) continue;
    const children = Object.values(ctx.schema.tables).filter((t) => t.partitionOf && sameName(t.partitionOf.parent, table));
    const complete = children.every((child) => child.indexes.some((ix) => ix.partitionOf && sameName(ix.partitionOf, parentIndex)));
    if (complete) index.only = false;
    return;
  }
}
