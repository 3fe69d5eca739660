/**
 * Partitions and inheritance after the fact: ATTACH / DETACH PARTITION, INHERIT / NO INHERIT,
 * and ALTER INDEX ... ATTACH PARTITION (how pg_dump ties partition indexes to the parent's).
 */
import { disinheritInModel } from '../../changes/partitions';
import { formatType } from '../../model/format-type';
import { chooseName } from '../../model/auto-names';
import { keyOf, quoteIdent, sameName } from '../../model/names';
import type { QualifiedName, Table } from '../../model/types';
import { type Fields, rangeVarName } from '../ast';
import { type ImportContext, StatementError } from '../context';
import { partitionBoundText } from './index-elements';
import { copyParentForeignKeysAndTriggers } from './partition-clones';
import { copyParentKeysAndIndexes } from './partition-copies';
import { columnNamed } from '../column-index';

function ref(table: Table): QualifiedName {
  return { schema: table.schema, name: table.name };
}

/**
 * ATTACH PARTITION: the table must have exactly the parent's columns (names and types; extra
 * ones are refused), and takes on the parent's CHECKs, keys, indexes, foreign keys and row
 * triggers (equivalent ones it has are adopted, others are cloned).
 */
export function attachPartition(ctx: ImportContext, parent: Table, cmd: Fields): void {
  const childName = rangeVarName(cmd.name ?? {});
  const child = ctx.findTable(childName);
  if (!child) throw new StatementError(`relation "${childName.name}" does not exist`);
  if (!parent.partitioning) throw new StatementError(`table "${parent.name}" is not partitioned`);
  if (child.partitionOf) throw new StatementError(`"${child.name}" is already a partition`);
  checkTriggerClash(parent, child);
  if (child.inherits.length > 0) throw new StatementError('cannot attach inheritance child as partition');
  if (child.ofType) throw new StatementError(`cannot attach a typed table as partition`);
  for (const column of child.columns) {
    const own = columnNamed(parent, column.name);
    if (!own) throw new StatementError(`table "${child.name}" contains column "${column.name}" not found in parent "${parent.name}"`);
    if (formatType(own.type) !== formatType(column.type)) throw new StatementError(`child table "${child.name}" has different type for column "${column.name}"`);
  }
  const missing = parent.columns.find((c) => !columnNamed(child, c.name));
  if (missing) throw new StatementError(`child table is missing column "${missing.name}"`);
  for (const column of parent.columns) {
    if (column.notNull && !columnNamed(child, column.name)!.notNull) {
      throw new StatementError(`column "${column.name}" in child table "${child.name}" must be marked NOT NULL`);
    }
  }
  const checks = checksTakenOver(parent, child);
  child.partitionOf = { parent: ref(parent), bound: partitionBoundText(cmd.bound ?? {}) };
  // The partition's columns and those checks are the parent's from now on (not its own).
  for (const column of child.columns) column.inherited = true;
  for (const check of checks) check.inherited = true;
  ctx.names.invalidate();
  copyParentKeysAndIndexes(ctx, parent, child);
  copyParentForeignKeysAndTriggers(ctx, parent, child);
}

/**
 * ATTACH PARTITION requires the table to have each of the parent's inheritable CHECKs already,
 * by name and definition (Postgres does not copy them). The table's check becomes the parent's
 * copy (conislocal = false on a partition) and keeps its validity: a NOT VALID one stays NOT
 * VALID under a NOT VALID parent's, and is refused under a validated parent's.
 */
function checksTakenOver(parent: Table, child: Table): Table['checks'] {
  return parent.checks.filter((check) => !check.noInherit).map((check) => {
    const own = child.checks.find((c) => c.name === check.name);
    if (!own) throw new StatementError(`child table is missing constraint "${check.name}"`);
    if (own.expression !== check.expression) throw new StatementError(`child table "${child.name}" has different definition for check constraint "${check.name}"`);
    if (own.noInherit) throw new StatementError(`constraint "${check.name}" conflicts with non-inherited constraint on child table "${child.name}"`);
    if (own.notValid && !check.notValid) throw new StatementError(`constraint "${check.name}" conflicts with NOT VALID constraint on child table "${child.name}"`);
    return own;
  });
}

/**
 * DETACH PARTITION [CONCURRENTLY | FINALIZE]: the table keeps its columns, CHECKs, keys, indexes
 * and foreign keys as its own; the parent's row triggers that were cloned onto it go.
 */
export function detachPartition(ctx: ImportContext, parent: Table, cmd: Fields): void {
  const childName = rangeVarName(cmd.name ?? {});
  const child = ctx.findTable(childName);
  if (!child || !child.partitionOf || !sameName(child.partitionOf.parent, parent)) {
    throw new StatementError(`relation "${childName.name}" is not a partition of relation "${parent.name}"`);
  }
  const bound = child.partitionOf.bound;
  delete child.partitionOf;
  // CONCURRENTLY (and FINALIZE) leaves the partition constraint behind as a CHECK.
  if (cmd.concurrent) addBoundCheck(ctx, parent, child, bound);
  for (const index of child.indexes) delete index.partitionOf;
  if (child.primaryKey) delete child.primaryKey.partitionOf;
  for (const unique of child.uniqueConstraints) delete unique.partitionOf;
  for (const exclusion of child.exclusions) delete exclusion.partitionOf;
  for (const fk of child.foreignKeys) delete fk.partitionOf;
  child.triggers = child.triggers.filter((t) => !t.partitionOf);
  for (const column of child.columns) delete column.inherited;
  for (const check of child.checks) check.inherited = false;
  ctx.names.invalidate();
}

/**
 * The CHECK DETACH CONCURRENTLY adds: the partition's bound as an expression on the key, named
 * like any CHECK on those columns. Written out for a range or list bound on one column; for
 * others (hash, DEFAULT, several columns) the name is Postgres's but the expression is not.
 */
function addBoundCheck(ctx: ImportContext, parent: Table, child: Table, bound: string): void {
  const keys = parent.partitioning?.keys ?? [];
  const column = keys.length === 1 ? keys[0]!.column : undefined;
  const name = chooseName(child.name, column, 'check', (n) => ctx.names.constraintTaken(child.schema, n) || child.checks.some((c) => c.name === n));
  const ident = column ? quoteIdent(column) : undefined;
  const range = /^FOR VALUES FROM \((.+)\) TO \((.+)\)$/.exec(bound);
  const list = /^FOR VALUES IN \((.+)\)$/.exec(bound);
  let expression: string | undefined;
  if (ident && range && !/MINVALUE|MAXVALUE/.test(bound)) expression = `${ident} IS NOT NULL AND ${ident} >= ${range[1]} AND ${ident} < ${range[2]}`;
  else if (ident && list) expression = `${ident} IS NOT NULL AND ${ident} = ANY (ARRAY[${list[1]}])`;
  if (!expression) ctx.report('info', `DETACH CONCURRENTLY adds the partition constraint of "${child.name}" as CHECK ${name}; its expression (${bound}) is not written out in the model.`);
  child.checks.push({ name, expression: expression ?? 'true', notValid: false, noInherit: false, deferrable: false, initiallyDeferred: false, source: ctx.source() });
  ctx.names.addConstraint(child.schema, name);
}

/** A row trigger the parent would clone onto a table that already has one of that name. */
function checkTriggerClash(parent: Table, child: Table): void {
  for (const trigger of parent.triggers) {
    if (trigger.level === 'row' && child.triggers.some((t) => t.name === trigger.name)) {
      throw new StatementError(`trigger "${trigger.name}" for relation "${child.name}" already exists`);
    }
  }
}

/**
 * INHERIT parent: the table must already have the parent's columns (same types, NOT NULL where
 * the parent's are) and its inheritable CHECKs (by name); they stay the table's own.
 */
export function addInherit(ctx: ImportContext, child: Table, rv: Fields): void {
  const parent = ctx.findTable(rangeVarName(rv));
  if (!parent) throw new StatementError(`relation "${rv.relname}" does not exist`);
  if (parent === child || ctx.descendants(child).includes(parent)) throw new StatementError('circular inheritance not allowed');
  if (child.ofType) throw new StatementError('cannot change inheritance of typed table');
  if (child.partitionOf || child.partitioning || parent.partitioning) throw new StatementError('cannot change inheritance of a partition or partitioned table');
  if (child.inherits.some((p) => sameName(p, parent))) throw new StatementError(`relation "${parent.name}" would be inherited from more than once`);
  for (const column of parent.columns) {
    const own = child.columns.find((c) => c.name === column.name);
    if (!own) throw new StatementError(`child table is missing column "${column.name}"`);
    if (formatType(own.type) !== formatType(column.type)) throw new StatementError(`child table "${child.name}" has different type for column "${column.name}"`);
    if (column.notNull && !own.notNull) throw new StatementError(`column "${column.name}" in child table "${child.name}" must be marked NOT NULL`);
  }
  for (const check of parent.checks) {
    if (!check.noInherit && !child.checks.some((c) => c.name === check.name)) throw new StatementError(`child table is missing constraint "${check.name}"`);
  }
  child.inherits.push(ref(parent));
  ctx.names.invalidate();
}

/** NO INHERIT parent: what the table had only from that parent becomes its own. */
export function dropInherit(ctx: ImportContext, child: Table, rv: Fields): void {
  const parent = ctx.findTable(rangeVarName(rv));
  if (!parent || !child.inherits.some((p) => sameName(p, parent))) {
    throw new StatementError(`relation "${rv.relname}" is not a parent of relation "${child.name}"`);
  }
  disinheritInModel(child, parent, ctx.schema.tables);
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
    // A partition's share may be the index behind its key (a key attached to a unique index).
    const complete = children.every((child) => keyCandidates(child).some((ix) => ix.partitionOf && sameName(ix.partitionOf, parentIndex)));
    if (complete) index.only = false;
    return;
  }
}

/** The partitions of a table, from the name lookup's children (checked against the model). */
function partitionsOf(ctx: ImportContext, parent: Table): Table[] {
  return ctx.names.childrenOf(parent).filter((t) => t.partitionOf && sameName(t.partitionOf.parent, parent) && ctx.schema.tables[keyOf(t)] === t);
}
