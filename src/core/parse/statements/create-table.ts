/**
 * CREATE TABLE: columns, constraints, partitioned tables and partitions, inheritance, LIKE,
 * UNLOGGED, storage options. Mirrors what Postgres does to its catalog: partitions and
 * inheritance children get the parent's columns and CHECK constraints.
 */
import type { Node } from '@pgsql/types';
import { emptyTable } from '../../model/empty';
import type { Column, QualifiedName, Table } from '../../model/types';
import { deparseNode, type Fields, nodeKind, rangeVarName, stringValue, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { addCheck, addConstraint, dedupeIndexConstraints, isIndexConstraint, type NamingScope } from './constraints';
import { placeColumn, readColumnDef } from './columns';
import { partitionBoundText, readPartitionElement } from './index-elements';
import { copyParentKeysAndIndexes } from './partition-copies';
import { dropAtCommit } from './drop';

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

/** Copies a parent's columns and inheritable CHECKs onto a new child, as Postgres does. */
function inheritFrom(ctx: ImportContext, table: Table, parent: Table): void {
  for (const column of parent.columns) {
    if (table.columns.some((c) => c.name === column.name)) continue;
    const { source: _source, comment: _comment, identity: _identity, ...copy } = column;
    // Partitions keep the parent's identity; plain inheritance children do not.
    const inherited: Column = { ...copy, inherited: true };
    if (table.partitionOf && column.identity) inherited.identity = column.identity;
    table.columns.push(inherited);
  }
  for (const check of parent.checks) {
    if (check.noInherit || table.checks.some((c) => c.name === check.name)) continue;
    const { source: _source, ...copy } = check;
    table.checks.push({ ...copy, inherited: true });
  }
}

export function createTable(ctx: ImportContext, stmt: Fields): void {
  const name = ctx.newRelationName(stmt.relation ?? {});
  const key = ctx.tableKey(name);
  if (ctx.names.relationTaken(name.schema, name.name) || ctx.schema.tables[key]) {
    if (!stmt.if_not_exists) ctx.report('error', `relation "${name.name}" already exists`);
    return;
  }
  const table = emptyTable(name.schema, name.name);
  table.source = ctx.source();
  const writtenName = ctx.truncatedIdentifierAt(stmt.relation?.location, name.name);
  if (writtenName) table.writtenName = writtenName;
  table.unlogged = stmt.relation?.relpersistence === 'u';
  table.options = readOptions(stmt.options);
  if (stmt.tablespacename) table.tablespace = stmt.tablespacename;

  const parents: Table[] = [];
  for (const node of (stmt.inhRelations as Node[] | undefined) ?? []) {
    const parentName = rangeVarName(unwrap(node, 'RangeVar') ?? {});
    const parent = ctx.findTable(parentName);
    if (!parent) {
      ctx.report('error', `relation "${parentName.name}" does not exist`);
      return;
    }
    parents.push(parent);
  }
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

  for (const parent of parents) inheritFrom(ctx, table, parent);

  // The table's own name is taken before its constraints are named.
  ctx.schema.tables[key] = table;
  ctx.names.addRelation(table.schema, table.name);
  for (const parent of parentRefs) ctx.names.addChild(parent, table);

  const scope: NamingScope = { chosen: new Set() };
  const tableConstraints: Fields[] = [];
  const indexConstraints: Fields[] = [];
  for (const element of (stmt.tableElts as Node[] | undefined) ?? []) {
    const kind = nodeKind(element);
    const fields = unwrap(element) ?? {};
    if (kind === 'ColumnDef') {
      const definition = readColumnDef(ctx, fields);
      const existing = table.columns.find((c) => c.name === definition.column.name);
      if (existing) {
        // A column that the parent also has: merged (Postgres keeps one, local and inherited).
        if (fields.typeName) existing.type = definition.column.type;
        existing.notNull ||= definition.column.notNull;
        if (definition.column.default !== undefined) existing.default = definition.column.default;
        if (definition.column.generated) existing.generated = definition.column.generated;
        if (definition.column.identity) existing.identity = definition.column.identity;
        delete existing.inherited;
        for (const c of definition.constraints) addConstraint(ctx, table, c, scope, existing);
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
      copyLike(ctx, table, fields);
    }
  }
  for (const c of tableConstraints) {
    if (c.contype === 'CONSTR_NOTNULL') {
      // PG 18's table-level `NOT NULL col` constraint.
      for (const key of (c.keys as Node[] | undefined) ?? []) {
        const column = table.columns.find((x) => x.name === stringValue(key));
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
  // NOT VALID means nothing on a new, empty table: Postgres marks such constraints valid.
  for (const check of table.checks) check.notValid = false;
  for (const fk of table.foreignKeys) fk.notValid = false;
  for (const check of table.checks.filter((x) => x.inherited)) ctx.names.addConstraint(table.schema, check.name);
  const parent = table.partitionOf ? ctx.schema.tables[ctx.tableKey(table.partitionOf.parent)] : undefined;
  if (parent) copyParentKeysAndIndexes(ctx, parent, table);
  if (stmt.oncommit === 'ONCOMMIT_DROP') dropAtCommit(ctx, key);
}

/** LIKE source [INCLUDING ...]: copies columns, and defaults, checks, identity when asked. */
function copyLike(ctx: ImportContext, table: Table, like: Fields): void {
  const sourceName = rangeVarName(like.relation ?? {});
  const source = ctx.findTable(sourceName);
  if (!source) {
    ctx.report('error', `relation "${sourceName.name}" does not exist`);
    return;
  }
  const options = Number(like.options ?? 0);
  const including = (bit: number) => (options & bit) !== 0;
  const COMMENTS = 1 << 0;
  const CONSTRAINTS = 1 << 2;
  const DEFAULTS = 1 << 3;
  const GENERATED = 1 << 4;
  const IDENTITY = 1 << 5;
  const INDEXES = 1 << 6;
  for (const column of source.columns) {
    const copy: Column = { name: column.name, type: { ...column.type }, notNull: column.notNull };
    if (column.collation) copy.collation = column.collation;
    // A serial default is copied as is: the copy draws from the source table's sequence.
    if (including(DEFAULTS) && column.default !== undefined) copy.default = column.default;
    if (including(GENERATED) && column.generated) copy.generated = column.generated;
    if (including(IDENTITY) && column.identity) copy.identity = column.identity;
    if (including(COMMENTS) && column.comment) copy.comment = column.comment;
    table.columns.push(copy);
  }
  if (including(CONSTRAINTS)) {
    for (const check of source.checks) {
      const { source: _source, ...copy } = check;
      addCheck(ctx, table, { ...copy, inherited: false });
    }
  }
  if (including(INDEXES)) {
    ctx.report('warning', `LIKE ${source.name} INCLUDING INDEXES: the copied indexes are not modelled yet.`);
  }
}
