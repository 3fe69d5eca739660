/**
 * `CREATE TABLE t (LIKE source [INCLUDING ... | EXCLUDING ...])`: the source may be a table, a
 * foreign table, a view or materialized view, or a composite type. Columns are copied where the
 * clause stands, with their names, types, collations and NOT NULL always; defaults, generated
 * expressions, identity and comments when asked. Once the table's own constraints are in place,
 * CHECK constraints (INCLUDING CONSTRAINTS, names kept) and indexes, primary key, unique and
 * exclusion constraints (INCLUDING INDEXES, renamed for the new table as Postgres names them)
 * follow. Foreign keys are never copied. STATISTICS, STORAGE and COMPRESSION copy what the model
 * does not hold (extended statistics, per-column storage).
 */
import type { Column, Index, Table } from '../../model/types';
import { type Fields, rangeVarName } from '../ast';
import { type ImportContext, StatementError } from '../context';
import { addCheck, chooseIndexName, type NamingScope } from './constraints';
import { elementName } from './partition-copies';

// CREATE_TABLE_LIKE_* bits of TableLikeClause.options (parsenodes.h).
const COMMENTS = 1 << 0;
const CONSTRAINTS = 1 << 2;
const DEFAULTS = 1 << 3;
const GENERATED = 1 << 4;
const IDENTITY = 1 << 5;
const INDEXES = 1 << 6;

/** What a LIKE clause still has to copy once the table's own constraints are in place. */
export interface PendingLike {
  source?: Table;
  options: number;
}

interface LikeSource {
  columns: Column[];
  table?: Table;
}

function findSource(ctx: ImportContext, like: Fields): LikeSource {
  const name = rangeVarName(like.relation ?? {});
  const relation = ctx.findRelation(name);
  if (relation?.kind === 'table') return { columns: relation.table.columns, table: relation.table };
  if (relation?.kind === 'view') {
    if (!relation.view.columns) ctx.report('warning', `LIKE ${name.name}: the columns of this view are not known to the model; none are copied`);
    return { columns: relation.view.columns ?? [] };
  }
  if (relation?.kind === 'sequence') {
    throw new StatementError(`relation "${name.name}" is invalid in LIKE clause`);
  }
  const type = ctx.findType(name);
  if (type?.kind === 'composite') {
    return { columns: type.attributes.map((a) => ({ name: a.name, type: { ...a.type }, notNull: false, ...(a.collation ? { collation: a.collation } : {}) })) };
  }
  throw new StatementError(`relation "${name.name}" does not exist`);
}

/**
 * Copies the source's columns into `into` (the table's column list being built, checked for
 * duplicates by `place`), and returns what is left for `finishLike`.
 */
export function copyLikeColumns(ctx: ImportContext, like: Fields, place: (column: Column) => void): PendingLike {
  const source = findSource(ctx, like);
  const options = Number(like.options ?? 0);
  const including = (bit: number) => (options & bit) !== 0;
  for (const column of source.columns) {
    const copy: Column = { name: column.name, type: { ...column.type }, notNull: column.notNull };
    if (column.collation) copy.collation = column.collation;
    // A serial default is copied as is: the copy draws from the source table's sequence.
    if (including(DEFAULTS) && column.default !== undefined && !column.generated) copy.default = column.default;
    if (including(GENERATED) && column.generated) copy.generated = { ...column.generated };
    if (including(IDENTITY) && column.identity) copy.identity = structuredClone(column.identity);
    if (including(COMMENTS) && column.comment) copy.comment = column.comment;
    place(copy);
  }
  return source.table ? { source: source.table, options } : { options };
}

function copyIndex(ctx: ImportContext, table: Table, index: Index, scope: NamingScope, withComment: boolean): void {
  const { source: _source, comment, partitionOf: _partitionOf, ...rest } = index;
  const name = chooseIndexName(ctx, table, [...index.elements.map(elementName), ...index.include], 'idx', scope);
  const copy: Index = { ...structuredClone(rest), name, only: false };
  if (withComment && comment) copy.comment = comment;
  table.indexes.push(copy);
  ctx.names.addIndex(table, copy);
}

/** The CHECK constraints and indexes a LIKE clause copies after the table's own constraints. */
export function finishLike(ctx: ImportContext, table: Table, pending: PendingLike): void {
  const { source, options } = pending;
  if (!source) return;
  const including = (bit: number) => (options & bit) !== 0;
  if (including(CONSTRAINTS)) {
    for (const check of source.checks) {
      const { source: _source, comment, inherited: _inherited, ...copy } = check;
      addCheck(ctx, table, { ...copy, ...(including(COMMENTS) && comment ? { comment } : {}) }, false);
    }
  }
  if (!including(INDEXES)) return;
  const scope: NamingScope = { chosen: new Set() };
  const comment = (c: { comment?: string }) => (including(COMMENTS) && c.comment ? { comment: c.comment } : {});
  const pk = source.primaryKey;
  if (pk && table.primaryKey) throw new StatementError(`multiple primary keys for table "${table.name}" are not allowed`);
  if (pk) {
    const name = chooseIndexName(ctx, table, [], 'pkey', scope);
    table.primaryKey = { name, columns: [...pk.columns], include: [...pk.include], deferrable: pk.deferrable, initiallyDeferred: pk.initiallyDeferred, ...(pk.withoutOverlaps ? { withoutOverlaps: true as const } : {}), ...comment(pk) };
    for (const column of table.columns) if (pk.columns.includes(column.name)) column.notNull = true;
    ctx.names.addKeyConstraint(table, name);
  }
  for (const unique of source.uniqueConstraints) {
    const name = chooseIndexName(ctx, table, [...unique.columns, ...unique.include], 'key', scope);
    table.uniqueConstraints.push({
      name,
      columns: [...unique.columns],
      include: [...unique.include],
      nullsNotDistinct: unique.nullsNotDistinct,
      deferrable: unique.deferrable,
      initiallyDeferred: unique.initiallyDeferred,
      ...(unique.withoutOverlaps ? { withoutOverlaps: true as const } : {}),
      ...comment(unique),
    });
    ctx.names.addKeyConstraint(table, name);
  }
  for (const exclusion of source.exclusions) {
    const { source: _source, comment: _comment, partitionOf: _partitionOf, ...rest } = exclusion;
    const name = chooseIndexName(ctx, table, [...exclusion.elements.map(elementName), ...exclusion.include], 'excl', scope);
    table.exclusions.push({ ...structuredClone(rest), name, ...comment(exclusion) });
    ctx.names.addKeyConstraint(table, name);
  }
  for (const index of source.indexes) copyIndex(ctx, table, index, scope, including(COMMENTS));
}
