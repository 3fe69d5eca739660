/**
 * Partitions and inheritance after the fact: ATTACH / DETACH PARTITION, INHERIT / NO INHERIT,
 * and ALTER INDEX ... ATTACH PARTITION (how pg_dump ties partition indexes to the parent's).
 */
import { sameName } from '../../model/names';
import type { Index, QualifiedName, Table } from '../../model/types';
import { type Fields, rangeVarName } from '../ast';
import type { ImportContext } from '../context';
import { partitionBoundText } from './index-elements';

function ref(table: Table): QualifiedName {
  return { schema: table.schema, name: table.name };
}

function sameIndexDefinition(a: Index, b: Index): boolean {
  return JSON.stringify([a.unique, a.method, a.elements, a.include, a.where ?? null]) ===
    JSON.stringify([b.unique, b.method, b.elements, b.include, b.where ?? null]);
}

/**
 * Postgres attaches, for every index of the parent, a matching index the new partition already
 * has (or builds one); an attached index and its constraint become the parent's copies.
 */
function attachMatchingIndexes(parent: Table, child: Table): void {
  for (const parentIndex of parent.indexes) {
    const match = child.indexes.find((ix) => !ix.partitionOf && sameIndexDefinition(ix, parentIndex));
    if (match) match.partitionOf = { schema: parent.schema, name: parentIndex.name };
  }
  const pk = parent.primaryKey;
  if (pk && child.primaryKey && !child.primaryKey.partitionOf && child.primaryKey.columns.join() === pk.columns.join()) {
    child.primaryKey.partitionOf = { schema: parent.schema, name: pk.name };
  }
  for (const unique of parent.uniqueConstraints) {
    const match = child.uniqueConstraints.find((u) => !u.partitionOf && u.columns.join() === unique.columns.join());
    if (match) match.partitionOf = { schema: parent.schema, name: unique.name };
  }
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
  attachMatchingIndexes(parent, child);
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
      return;
    }
  }
  ctx.report('error', `index "${childName.name}" does not exist`);
}
