/**
 * A default that an inheritance child or a partition sets on a column it only inherits:
 * `ALTER TABLE ONLY child ALTER COLUMN c SET DEFAULT ...`, as pg_dump writes it. CREATE TABLE ...
 * INHERITS / PARTITION OF copies the parent's default into the child's column, so the child's
 * own (or its lack of one, DROP DEFAULT) needs a statement of its own after the table is created;
 * a partition's own default is written in its CREATE TABLE instead (print-schema.ts).
 */
import type { Column, QualifiedName, Schema, Table } from '../model/types';
import { keyOf } from '../model/names';
import { quoteIdent, quoteQualified, sqlFragment } from './safe-text';

function parentsOf(table: Table): QualifiedName[] {
  return table.partitionOf ? [table.partitionOf.parent] : table.inherits;
}

/** The column of the first parent that has it: the one Postgres copied the default from. */
function parentColumn(table: Table, name: string, schema: Schema): Column | undefined {
  for (const parent of parentsOf(table)) {
    const column = schema.tables[keyOf(parent)]?.columns.find((c) => c.name === name);
    if (column) return column;
  }
  return undefined;
}

/** One statement per inherited-only column whose default is not the parent's (parents read from `schema`). */
export function inheritedDefaultStatements(table: Table, schema: Schema): string[] {
  const out: string[] = [];
  for (const column of table.columns) {
    if (!column.inherited || column.identity || column.generated) continue;
    const parent = parentColumn(table, column.name, schema);
    if (!parent || parent.default === column.default) continue;
    // A partition's own default is written in its CREATE TABLE (`c WITH OPTIONS DEFAULT ...`);
    // only the lack of one, where the parent has one, needs a statement.
    if (table.partitionOf && column.default !== undefined) continue;
    const action = column.default === undefined ? 'DROP DEFAULT' : `SET DEFAULT ${sqlFragment(column.default, `the default of ${table.name}.${column.name}`)}`;
    out.push(`ALTER TABLE ONLY ${quoteQualified(table)} ALTER COLUMN ${quoteIdent(column.name)} ${action};`);
  }
  return out;
}
