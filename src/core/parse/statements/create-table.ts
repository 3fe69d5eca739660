/**
 * CREATE TABLE and CREATE FOREIGN TABLE: columns, constraints, partitioned tables and
 * partitions, inheritance, typed tables (`OF type`), LIKE, UNLOGGED, storage options. Mirrors
 * what Postgres does to its catalog: partitions and inheritance children get the parent's
 * columns and CHECK constraints (table-columns.ts), LIKE copies what it is asked to (like.ts).
 * A statement Postgres would refuse leaves nothing behind.
 */
import type { Node } from '@pgsql/types';
import { emptyTable } from '../../model/empty';
import type { QualifiedName, Table } from '../../model/types';
import { deparseNode, type Fields, listName, nodeKind, rangeVarName, stringValue, unwrap } from '../ast';
import { type ImportContext, StatementError, TEMP_SCHEMA } from '../context';
import { addConstraint, dedupeIndexConstraints, isIndexConstraint, type NamingScope } from './constraints';
import { placeColumn, readColumnDef } from './columns';
import { partitionBoundText, readPartitionElement } from './index-elements';
import { copyLikeColumns, finishLike, type PendingLike } from './like';
import { copyParentKeysAndIndexes } from './partition-copies';
import { copyParentForeignKeysAndTriggers } from './partition-clones';
import { dropAtCommit } from './drop';
import { inheritFrom, placeOwnColumn, typedColumns } from './table-columns';
import { columnNamed } from '../column-index';
import { skippedTable } from './if-not-exists';

/** WITH (...) storage parameters as `key=value`. */
export function readOptions(options: Node[] | undefined): string[] {
  return (options ?? []).flatMap((node) => {
    const d = unwrap(node, 'DefElem');
    if (!d) return [];
    const key = d.defnamespace ? `${d.defnamespace}.${d.defname}` : d.defname;
    const value = d.arg ? (stringValue(d.arg) ?? deparseNode(d.arg)) : 'true';
    return [`${key}=${value}`];
  });
}

/** The parents named by INHERITS or PARTITION OF, checked as Postgres checks them. */
function findParents(ctx: ImportContext, stmt: Fields, table: Table): Table[] {
  const parents: Table[] = [];
  for (const node of (stmt.inhRelations as Node[] | undefined) ?? []) {
    const parentName = rangeVarName(unwrap(node, 'RangeVar') ?? {});
    const parent = ctx.findTable(parentName);
    if (!parent) throw new StatementError(`relation "${parentName.name}" does not exist`);
    if (parents.includes(parent)) throw new StatementError(`relation "${parent.name}" would be inherited from more than once`);
    if (parent.schema === TEMP_SCHEMA && table.schema !== TEMP_SCHEMA) {
      throw new StatementError(`cannot ${stmt.partbound ? 'create a permanent relation as partition of' : 'inherit from'} temporary relation "${parent.name}"`);
    }
    if (stmt.partbound && !parent.partitioning) throw new StatementError(`table "${parent.name}" is not partitioned`);
    if (!stmt.partbound && parent.partitioning) throw new StatementError(`cannot inherit from partitioned table "${parent.name}"`);
    if (!stmt.partbound && parent.partitionOf) throw new StatementError(`cannot inherit from partition "${parent.name}"`);
    parents.push(parent);
  }
  return parents;
}

export function createTable(ctx: ImportContext, stmt: Fields, foreign?: Table['foreign']): void {
  const name = ctx.newRelationName(stmt.relation ?? {});
  const key = ctx.tableKey(name);
  if (ctx.names.relationTaken(name.schema, name.name) || ctx.schema.tables[key]) {
    if (stmt.if_not_exists) skippedTable(ctx, name, stmt);
    else ctx.report('error', `relation "${name.name}" already exists`);
    return;
  }
  const table = emptyTable(name.schema, name.name);
  table.source = ctx.source();
  if (foreign) table.foreign = foreign;
  const writtenName = ctx.truncatedIdentifierAt(stmt.relation?.location, name.name);
  if (writtenName) table.writtenName = writtenName;
  table.unlogged = stmt.relation?.relpersistence === 'u';
  table.options = readOptions(stmt.options);
  if (stmt.tablespacename) table.tablespace = stmt.tablespacename;

  const parents = findParents(ctx, stmt, table);
  const parentRefs: QualifiedName[] = parents.map((p) => ({ schema: p.schema, name: p.name }));
  if (stmt.partbound && parentRefs[0]) {
    table.partitionOf = { parent: parentRefs[0], bound: partitionBoundText(stmt.partbound) };
  } else {
    table.inherits = parentRefs;
  }
  if (stmt.partspec) {
    const spec = stmt.partspec as Fields;
    const strategy = String(spec.strategy ?? '').replace('PARTITION_STRATEGY_', '').toLowerCase();
    table.partitioning = {
      strategy: strategy === 'list' ? 'list' : strategy === 'hash' ? 'hash' : 'range',
      keys: ((spec.partParams as Node[] | undefined) ?? []).map((p) => readPartitionElement(unwrap(p, 'PartitionElem') ?? {})),
    };
  }
  if (stmt.ofTypename) {
    const typeName = listName(stmt.ofTypename.names);
    const type = ctx.findType(typeName);
    if (!type) throw new StatementError(`type "${typeName.name}" does not exist`);
    if (type.kind !== 'composite') throw new StatementError(`type ${typeName.name} is not a composite type`);
    table.ofType = { schema: type.schema, name: type.name };
    typedColumns(table, type);
  }

  for (const parent of parents) inheritFrom(table, parent);

  // The table's own name is taken before its constraints are named; if anything below is
  // refused, the table goes again (Postgres creates nothing).
  ctx.schema.tables[key] = table;
  ctx.names.addRelation(table.schema, table.name);
  for (const parent of parentRefs) ctx.names.addChild(parent, table);
  try {
    buildTable(ctx, stmt, table, foreign !== undefined);
    // A partitioned table's checks hold for its partitions: one kept to itself cannot be.
    if (table.partitioning && table.checks.some((c) => c.noInherit)) {
      throw new StatementError(`cannot add NO INHERIT constraint to partitioned table "${table.name}"`);
    }
    const parent = table.partitionOf ? ctx.schema.tables[ctx.tableKey(table.partitionOf.parent)] : undefined;
    if (parent) {
      copyParentKeysAndIndexes(ctx, parent, table);
      copyParentForeignKeysAndTriggers(ctx, parent, table);
    }
  } catch (error) {
    delete ctx.schema.tables[key];
    ctx.names.invalidate();
    throw error;
  }
  if (stmt.oncommit === 'ONCOMMIT_DROP') dropAtCommit(ctx, key);
}

/** Columns (own, LIKE-copied), then constraints, then what LIKE copies after them. */
function buildTable(ctx: ImportContext, stmt: Fields, table: Table, foreign: boolean): void {
  const scope: NamingScope = { chosen: new Set() };
  const tableConstraints: Fields[] = [];
  const indexConstraints: Fields[] = [];
  const likes: PendingLike[] = [];
  /** Columns declared by this statement (an own column or a LIKE copy), for duplicates. */
  const local = new Set<string>();
  for (const element of (stmt.tableElts as Node[] | undefined) ?? []) {
    const kind = nodeKind(element);
    const fields = unwrap(element) ?? {};
    if (kind === 'ColumnDef') {
      const definition = readColumnDef(ctx, fields);
      const placed = placeOwnColumn(ctx, table, definition, fields, local);
      if (placed.merged) {
        for (const c of definition.constraints) addConstraint(ctx, table, c, scope, placed.column);
        continue;
      }
      definition.column.source = ctx.sourceAt(fields.location);
      const writtenColumn = ctx.truncatedIdentifierAt(fields.location, definition.column.name);
      if (writtenColumn) definition.column.writtenName = writtenColumn;
      table.columns.push(definition.column);
      placeColumn(ctx, table, definition, scope, indexConstraints);
    } else if (kind === 'Constraint') {
      if (isIndexConstraint(fields)) indexConstraints.push(fields);
      else tableConstraints.push(fields);
    } else if (kind === 'TableLikeClause') {
      likes.push(copyLikeColumns(ctx, fields, (column) => {
        const existing = columnNamed(table, column.name);
        if (existing && (local.has(column.name) || !existing.inherited)) throw new StatementError(`column "${column.name}" specified more than once`);
        local.add(column.name);
        if (existing) {
          existing.notNull ||= column.notNull;
          delete existing.inherited;
        } else {
          table.columns.push(column);
        }
      }));
    }
  }
  if (foreign && indexConstraints.length > 0) {
    const kind = String(indexConstraints[0]!.contype).replace('CONSTR_', '').toLowerCase();
    throw new StatementError(`${kind === 'primary' ? 'primary key' : kind === 'exclusion' ? 'exclusion' : 'unique'} constraints are not supported on foreign tables`);
  }
  for (const c of tableConstraints) {
    if (c.contype === 'CONSTR_NOTNULL') {
      // PG 18's table-level `NOT NULL col` constraint.
      for (const key of (c.keys as Node[] | undefined) ?? []) {
        const column = columnNamed(table, stringValue(key) ?? '');
        if (column) column.notNull = true;
      }
      continue;
    }
    if (c.contype === 'CONSTR_CHECK' && c.conname) {
      // A named CHECK that the parent already gave this child merges with it.
      const inherited = table.checks.find((x) => x.name === c.conname && x.inherited);
      if (inherited) {
        inherited.inherited = false;
        continue;
      }
    }
    addConstraint(ctx, table, c, scope);
  }
  for (const c of dedupeIndexConstraints(indexConstraints)) addConstraint(ctx, table, c, scope);
  for (const like of likes) finishLike(ctx, table, like);
  // NOT VALID means nothing on a new, empty table: Postgres marks such constraints valid (a
  // foreign table's rows are elsewhere, so its checks keep what was written).
  if (!foreign) for (const check of table.checks) check.notValid = false;
  for (const fk of table.foreignKeys) fk.notValid = false;
  for (const check of table.checks.filter((x) => x.inherited)) ctx.names.addConstraint(table.schema, check.name);
}

/**
 * CREATE FOREIGN DATA WRAPPER / CREATE SERVER: kept as written (opaque), so that the printed
 * schema can create the foreign tables' servers before them.
 */
export function createForeignObject(ctx: ImportContext, kind: 'foreign-data-wrapper' | 'server', name: string, ifNotExists: boolean): void {
  const key = `${kind}:${name}`;
  if (ctx.schema.opaque[key]) {
    if (!ifNotExists) ctx.report('error', `${kind === 'server' ? 'server' : 'foreign-data wrapper'} "${name}" already exists`);
    return;
  }
  ctx.schema.opaque[key] = { kind, schema: '', name, sql: ctx.statement.text, source: ctx.source() };
}

/** CREATE FOREIGN TABLE: a table whose rows live on `SERVER s`, with its OPTIONS. */
export function createForeignTable(ctx: ImportContext, stmt: Fields): void {
  const options = ((stmt.options as Node[] | undefined) ?? []).flatMap((node) => {
    const d = unwrap(node, 'DefElem');
    return d ? [`${d.defname}=${stringValue(d.arg) ?? deparseNode(d.arg)}`] : [];
  });
  createTable(ctx, stmt.base ?? {}, { server: stmt.servername ?? '', options });
}
