/**
 * Partitions and inheritance after the fact: ATTACH / DETACH PARTITION, INHERIT / NO INHERIT,
 * and ALTER INDEX ... ATTACH PARTITION (how pg_dump ties partition indexes to the parent's).
 */
import { keyOf, sameName } from '../../model/names';
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

/** A table's indexes and index-backed constraints, in the order a name is looked up in. */
function keyCandidates(table: Table): { name: string; partitionOf?: QualifiedName }[] {
  return [
    ...table.indexes,
    ...(table.primaryKey ? [table.primaryKey] : []),
    ...table.uniqueConstraints,
    ...table.exclusions,
  ];
}

/**
 * The tables of a schema whose index or key constraint `name` the name lookup points at, kept
 * only when they are still in the model under that schema; undefined when the lookup cannot
 * decide alone (nothing, or several tables), and the caller scans the model as before.
 */
function keyOwner(ctx: ImportContext, schema: string, name: string): Table | undefined {
  const live = ctx.names.tablesWithKey(schema, name).filter((t) => t.schema === schema && ctx.schema.tables[keyOf(t)] === t);
  return live.length === 1 ? live[0] : undefined;
}

/** ALTER INDEX parent_idx ATTACH PARTITION child_idx (the child may back a PK or unique). */
export function attachIndexPartition(ctx: ImportContext, parentIndexName: { schema?: string; name: string }, cmd: Fields): void {
  const childName = rangeVarName(cmd.name ?? {});
  const childSchema = childName.schema ?? ctx.defaultSchema();
  const parentRef: QualifiedName = { schema: parentIndexName.schema ?? childSchema, name: parentIndexName.name };
  // Relation names are unique in a schema: the lookup finds the one table that has it; the scan
  // over every table is for what the lookup cannot tell.
  const owner = keyOwner(ctx, childSchema, childName.name);
  const found = owner && keyCandidates(owner).find((c) => c.name === childName.name);
  const tables = found ? [] : Object.values(ctx.schema.tables);
  let match = found;
  for (const table of tables) {
    if (table.schema !== childSchema) continue;
    match = keyCandidates(table).find((c) => c.name === childName.name);
    if (match) break;
  }
  if (match) {
    match.partitionOf = parentRef;
    markValidWhenComplete(ctx, parentRef);
    return;
  }
  ctx.report('error', `index "${childName.name}" does not exist`);
}

/**
 * An index made `ON ONLY` a partitioned table is invalid until every partition has an index
 * attached to it; then Postgres marks it valid and it is like any other.
 */
function markValidWhenComplete(ctx: ImportContext, parentIndex: QualifiedName): void {
  const isParentIndex = (table: Table) => table.indexes.find((ix) => ix.name === parentIndex.name && table.schema === parentIndex.schema);
  // The one table that has an index or key of that name, when the lookup knows it (a primary
  // key's name, say, which no table has among its plain indexes: nothing to do); else the scan.
  const owner = keyOwner(ctx, parentIndex.schema, parentIndex.name);
  for (const table of owner ? [owner] : Object.values(ctx.schema.tables)) {
    const index = isParentIndex(table);
    if (!index?.only) continue;
    const isPartition = (t: Table) => Boolean(t.partitionOf && sameName(t.partitionOf.parent, table));
    const children = owner ? partitionsOf(ctx, table) : Object.values(ctx.schema.tables).filter(isPartition);
    const complete = children.every((child) => child.indexes.some((ix) => ix.partitionOf && sameName(ix.partitionOf, parentIndex)));
    if (complete) index.only = false;
    return;
  }
}

/** The partitions of a table, from the name lookup's children (checked against the model). */
function partitionsOf(ctx: ImportContext, parent: Table): Table[] {
  return ctx.names.childrenOf(parent).filter((t) => t.partitionOf && sameName(t.partitionOf.parent, parent) && ctx.schema.tables[keyOf(t)] === t);
}
