/** Sequences owned by a table's columns (serial), created with the table or column a down migration brings back. */
import { keyOf } from '../model/names';
import type { QualifiedName, Schema, Table } from '../model/types';
import { ownedSequences } from './sequences';
import { sequenceOptionsSql } from './print-parts';
import { quoteIdent, quoteQualified } from './safe-text';

/**
 * A sequence made OWNED BY a column of a table that already exists must have that table's owner
 * (Postgres refuses it otherwise, and whoever runs the migration need not be the owner): the
 * owner the schema records for the table, as pg_dump writes it. A table this migration creates
 * belongs to whoever runs it, as the sequence does.
 */
export function sequenceOwnerSql(sequence: QualifiedName, existingTable: Table | undefined): string[] {
  return existingTable?.owner ? [`ALTER SEQUENCE ${quoteQualified(sequence)} OWNER TO ${quoteIdent(existingTable.owner)};`] : [];
}

/**
 * `sql` with the sequences owned by the table (or one column) created before it and owned after;
 * with `column`, the table exists (a column added back to it).
 */
export function withOwnedSequences(schema: Schema, table: QualifiedName, column: string | undefined, sql: string): string {
  const owned = ownedSequences(schema, table, column);
  if (owned.length === 0) return sql;
  const existingTable = column === undefined ? undefined : schema.tables[keyOf(table)];
  const create = owned.flatMap((s) => [`CREATE SEQUENCE ${quoteQualified(s)}${sequenceOptionsSql(s.options) ? ` ${sequenceOptionsSql(s.options)}` : ''};`, ...sequenceOwnerSql(s, existingTable)]);
  const own = owned.map((s) => `ALTER SEQUENCE ${quoteQualified(s)} OWNED BY ${quoteQualified(s.ownedBy!.table)}.${quoteIdent(s.ownedBy!.column)};`);
  return [...create, sql, ...own].join('\n');
}
