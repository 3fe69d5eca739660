/**
 * IF NOT EXISTS skips a statement when its name is taken, whatever holds the name: Postgres only
 * says so in a NOTICE. When the object that holds the name is not the one the statement would
 * make, what the statement meant never happens (Apache Gravitino's `CREATE INDEX IF NOT EXISTS
 * idx_metalake_id` on five tables leaves four without an index): a warning says so. When it is
 * the same object (an idempotent script run over itself, common in migration folders), nothing.
 */
import type { Node } from '@pgsql/types';
import type { Column, Index, QualifiedName, Table, TypeRef, View } from '../../model/types';
import { formatType } from '../../model/format-type';
import { qualifiedKey, quoteIdent } from '../../model/names';
import { indexBackedConstraints } from '../../model/key-constraints';
import { columnNamed } from '../column-index';
import { type Fields, nodeKind, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { columnDefType } from './columns';

interface WrittenColumn {
  name: string;
  type: TypeRef;
}

/** The columns a CREATE TABLE writes itself (LIKE and a parent's columns are not read here). */
function writtenColumns(ctx: ImportContext, stmt: Fields): WrittenColumn[] {
  const elements = (stmt.tableElts as Node[] | undefined) ?? [];
  return elements.flatMap((element) => {
    if (nodeKind(element) !== 'ColumnDef') return [];
    const def = unwrap(element) ?? {};
    return [{ name: String(def.colname ?? ''), type: columnDefType(ctx, def).type }];
  });
}

/** `name`, or `schema.name` outside public or when `from` is in another schema (quoted as Postgres would). */
function label(name: QualifiedName, from?: QualifiedName): string {
  const bare = name.schema === (from?.schema ?? 'public') && name.schema === 'public';
  return bare ? quoteIdent(name.name) : `${quoteIdent(name.schema)}.${quoteIdent(name.name)}`;
}

/** What, other than an index, holds a relation name in `schema`. */
function relationKind(ctx: ImportContext, schema: string, name: string): string {
  const key = qualifiedKey(schema, name);
  const table = ctx.schema.tables[key];
  if (table) return table.foreign ? 'foreign table' : 'table';
  const view = ctx.schema.views[key];
  if (view) return view.materialized ? 'materialized view' : 'view';
  if (ctx.schema.sequences[key]) return 'sequence';
  if (ctx.schema.types[key]) return 'composite type';
  return 'relation';
}

function sameElements(a: Index['elements'], b: Index['elements']): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return y !== undefined && x.column === y.column && x.expression === y.expression && x.opclass === y.opclass && x.collation === y.collation && x.descending === y.descending && x.nulls === y.nulls;
  });
}

/** How `made` differs from the index `existing` of the same name on the same relation ('' if not at all). */
function indexDifference(existing: Index, made: Index): string {
  const differences: string[] = [];
  if (!sameElements(existing.elements, made.elements)) differences.push('other columns or expressions');
  if (existing.method !== made.method) differences.push(`${existing.method}, not ${made.method}`);
  if (existing.unique !== made.unique) differences.push(existing.unique ? 'unique' : 'not unique');
  if ((existing.where ?? '') !== (made.where ?? '')) differences.push(existing.where ? `WHERE ${existing.where}` : 'no WHERE');
  if (existing.include.join() !== made.include.join()) differences.push('another INCLUDE list');
  if (existing.nullsNotDistinct !== made.nullsNotDistinct) differences.push(existing.nullsNotDistinct ? 'NULLS NOT DISTINCT' : 'NULLS DISTINCT');
  return differences.join(', ');
}

/** A plain unique btree index on exactly a primary or unique key's columns is what the key's own index is. */
function sameAsKeyIndex(table: Table, name: string, made: Index): boolean {
  const key = [table.primaryKey, ...table.uniqueConstraints].find((k) => k?.name === name);
  if (!key || key.withoutOverlaps) return false;
  const plain = made.elements.every((e) => e.column !== undefined && !e.opclass && !e.collation && !e.descending && !e.nulls);
  return made.unique && made.method === 'btree' && !made.where && plain && made.elements.map((e) => e.column).join() === key.columns.join() && made.include.join() === key.include.join();
}

/**
 * CREATE INDEX IF NOT EXISTS `made.name` on `owner`, skipped because the name is taken in the
 * owner's schema: warns unless the index holding the name is this very index.
 */
export function skippedIndex(ctx: ImportContext, owner: Table | View, made: Index): void {
  const here = { schema: owner.schema, name: owner.name };
  const what = `CREATE INDEX IF NOT EXISTS ${quoteIdent(made.name)} on ${label(here, here)} is skipped`;
  const loses = `so ${label(here, here)} gets no index`;
  const found = ctx.names.findIndex(owner.schema, made.name);
  if (found) {
    const there = { schema: found.owner.schema, name: found.owner.name };
    if (there.schema !== here.schema || there.name !== here.name) {
      ctx.report('warning', `${what}: the name is taken by index ${quoteIdent(made.name)} on ${label(there, here)} (index names are unique in a schema), ${loses}`);
      return;
    }
    const difference = indexDifference(found.index, made);
    if (difference) ctx.report('warning', `${what}: index ${quoteIdent(made.name)} on ${label(here, here)} already exists with another definition (the existing one: ${difference}), and the one written here is not made`);
    return;
  }
  for (const table of ctx.names.tablesWithKey(owner.schema, made.name)) {
    const key = indexBackedConstraints(table).find((k) => k.name === made.name);
    if (!key) continue;
    const there = { schema: table.schema, name: table.name };
    if (table === owner && sameAsKeyIndex(table, made.name, made)) return;
    ctx.report('warning', `${what}: the name is taken by the index of constraint ${quoteIdent(made.name)} on ${label(there, here)} (index names are unique in a schema), ${loses} as written`);
    return;
  }
  const kind = relationKind(ctx, owner.schema, made.name);
  ctx.report('warning', `${what}: the name is taken by ${kind} ${label({ schema: owner.schema, name: made.name }, here)} (indexes share one name space with tables, views and sequences), ${loses}`);
}

/** What holds a relation name: an index (or a key's index) or the kind of relation. */
function takenBy(ctx: ImportContext, name: QualifiedName): string {
  if (ctx.names.findIndex(name.schema, name.name)) return 'index';
  if (ctx.names.tablesWithKey(name.schema, name.name).some((t) => indexBackedConstraints(t).some((k) => k.name === name.name))) return 'the index of constraint';
  return relationKind(ctx, name.schema, name.name);
}

/**
 * CREATE SEQUENCE IF NOT EXISTS, skipped because the name is taken: warns when what holds it is
 * not a sequence (its options are not compared: a script run again over itself may have moved it).
 */
export function skippedSequence(ctx: ImportContext, name: QualifiedName): void {
  if (ctx.schema.sequences[qualifiedKey(name.schema, name.name)]) return;
  ctx.report(
    'warning',
    `CREATE SEQUENCE IF NOT EXISTS ${label(name)} is skipped: the name is taken by ${takenBy(ctx, name)} ${label(name)} (sequences share one name space with tables, views and indexes), so no sequence is made`,
  );
}

/** The columns written in CREATE TABLE that the existing table lacks or has with another type. */
function columnDifferences(existing: Table, written: readonly WrittenColumn[]): string[] {
  const differences: string[] = [];
  for (const column of written) {
    const have = columnNamed(existing, column.name);
    if (!have) differences.push(`no column ${quoteIdent(column.name)}`);
    else if (formatType(have.type) !== formatType(column.type)) {
      differences.push(`${quoteIdent(column.name)} is ${formatType(have.type)}, not ${formatType(column.type)}`);
    }
  }
  return differences;
}

/**
 * CREATE TABLE IF NOT EXISTS `name`, skipped because the name is taken: warns when what holds it
 * is not a table, or a table without the written columns (a later script "adding" columns this
 * way adds none). Columns the table has beyond the written ones are no loss.
 */
export function skippedTable(ctx: ImportContext, name: QualifiedName, stmt: Fields): void {
  const what = `CREATE TABLE IF NOT EXISTS ${label(name)} is skipped`;
  const existing = ctx.schema.tables[qualifiedKey(name.schema, name.name)];
  if (!existing) {
    ctx.report('warning', `${what}: the name is taken by ${takenBy(ctx, name)} ${label(name)} (tables share one name space with indexes, views and sequences), so no table is made`);
    return;
  }
  const differences = columnDifferences(existing, writtenColumns(ctx, stmt));
  if (differences.length === 0) return;
  ctx.report('warning', `${what}: the table already exists, and Postgres leaves it as it is (${differences.join('; ')}), so the columns written here are not made`);
}

/** ALTER TABLE ... ADD COLUMN IF NOT EXISTS, skipped because the table has the column: warns on another type. */
export function skippedColumn(ctx: ImportContext, table: Table, existing: Column, def: Fields): void {
  const written = { name: existing.name, type: columnDefType(ctx, def).type };
  if (formatType(existing.type) === formatType(written.type)) return;
  ctx.report(
    'warning',
    `ADD COLUMN IF NOT EXISTS ${quoteIdent(written.name)} on ${label(table)} is skipped: the column exists as ${formatType(existing.type)}, and Postgres leaves it so (not ${formatType(written.type)})`,
  );
}
