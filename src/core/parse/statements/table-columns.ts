/**
 * The column list of a new table, as Postgres's MergeAttributes builds it: the parents' columns
 * first (INHERITS, in parent order; a column several parents have is one column), then the
 * table's own columns, LIKE copies among them in the order written. An own column with the name
 * of an inherited one merges into it (it becomes local too); two own columns of one name are an
 * error. A typed table (`OF type`) starts from the type's attributes, and its own column
 * definitions only add options to them; so does a partition's.
 */
import { formatType } from '../../model/format-type';
import type { Column, CompositeType, Table } from '../../model/types';
import { type Fields } from '../ast';
import { StatementError, type ImportContext } from '../context';
import type { ColumnDefinition } from './columns';
import { columnNamed } from '../column-index';

/** Copies a parent's columns and inheritable CHECKs onto a new child, as Postgres does. */
export function inheritFrom(table: Table, parent: Table): void {
  // Looked up by name (column-index.ts): a partition of a 100,000-column table must not compare
  // every pair.
  for (const column of parent.columns) {
    const existing = columnNamed(table, column.name);
    if (existing) {
      // "merging multiple inherited definitions of column"
      if (formatType(existing.type) !== formatType(column.type)) {
        throw new StatementError(`inherited column "${column.name}" has a type conflict`);
      }
      existing.notNull ||= column.notNull;
      continue;
    }
    const { source: _source, comment: _comment, identity: _identity, writtenName: _written, ...copy } = column;
    // Partitions keep the parent's identity; plain inheritance children do not.
    const inherited: Column = { ...copy, inherited: true };
    if (table.partitionOf && column.identity) inherited.identity = column.identity;
    table.columns.push(inherited);
  }
  const checks = new Set(table.checks.map((c) => c.name));
  for (const check of parent.checks) {
    if (check.noInherit || checks.has(check.name)) continue;
    checks.add(check.name);
    const { source: _source, comment: _comment, ...copy } = check;
    table.checks.push({ ...copy, inherited: true });
  }
}

/** A typed table's columns: the composite type's attributes, local to the table. */
export function typedColumns(table: Table, type: CompositeType): void {
  for (const attribute of type.attributes) {
    const column: Column = { name: attribute.name, type: { ...attribute.type }, notNull: false };
    if (attribute.collation) column.collation = attribute.collation;
    table.columns.push(column);
  }
}

export interface ColumnPlacement {
  /** The column the definition went to. */
  column: Column;
  /** True when it merged into a column the table already had (inherited, typed, LIKE-less). */
  merged: boolean;
}

/**
 * Puts one own column definition on the new table. `fields` is the ColumnDef (its `typeName` is
 * absent in `a WITH OPTIONS ...` and in a partition's column options).
 */
export function placeOwnColumn(ctx: ImportContext, table: Table, definition: ColumnDefinition, fields: Fields, local: Set<string>): ColumnPlacement {
  const { column } = definition;
  const existing = columnNamed(table, column.name);
  const optionsOnly = !fields.typeName;
  if (optionsOnly && !existing) throw new StatementError(`column "${column.name}" does not exist`);
  if (existing && local.has(column.name) && !(table.ofType && optionsOnly)) {
    throw new StatementError(`column "${column.name}" specified more than once`);
  }
  local.add(column.name);
  if (!existing) return { column, merged: false };
  // "merging column with inherited definition": the types must agree.
  if (!optionsOnly && formatType(existing.type) !== formatType(column.type)) {
    throw new StatementError(`column "${column.name}" has a type conflict`);
  }
  existing.notNull ||= column.notNull;
  if (column.default !== undefined) existing.default = column.default;
  if (column.generated) existing.generated = column.generated;
  if (column.identity) existing.identity = column.identity;
  if (column.collation) existing.collation = column.collation;
  // A partition's columns stay the parent's; an INHERITS child's merged column is its own too.
  if (!table.partitionOf) delete existing.inherited;
  if (existing.source === undefined) existing.source = ctx.sourceAt(fields.location);
  return { column: existing, merged: true };
}
