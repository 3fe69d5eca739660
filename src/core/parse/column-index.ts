/**
 * A table's columns by name, for the statements that look one up (ALTER COLUMN, COMMENT ON
 * COLUMN, SET DEFAULT, constraints on named columns...). A pg_dump of a wide table sends one
 * such statement per column; scanning the column list each time costs the square of the width.
 *
 * The index follows columns pushed onto the same array, and is rebuilt when the list changed
 * otherwise: another array (a column dropped: `columns = columns.filter(...)`), fewer columns (a
 * splice), or a column renamed (rename.ts calls forgetColumns). Nothing else in the import
 * changes a table's column names.
 */
import type { Column, Table } from '../model/types';

interface Index {
  columns: Column[];
  length: number;
  byName: Map<string, Column>;
}

const indexes = new WeakMap<Table, Index>();

export function columnNamed(table: Table, name: string): Column | undefined {
  let index = indexes.get(table);
  if (index && index.columns === table.columns && index.length < table.columns.length) {
    // Columns pushed since (CREATE TABLE adds them one by one): index only those, or a table of
    // n columns costs n rebuilds of n entries.
    for (let i = index.length; i < table.columns.length; i++) {
      const column = table.columns[i]!;
      if (!index.byName.has(column.name)) index.byName.set(column.name, column);
    }
    index.length = table.columns.length;
  }
  if (!index || index.columns !== table.columns || index.length !== table.columns.length) {
    index = { columns: table.columns, length: table.columns.length, byName: new Map() };
    for (const column of table.columns) if (!index.byName.has(column.name)) index.byName.set(column.name, column);
    indexes.set(table, index);
  }
  return index.byName.get(name);
}

/** After a column of `table` was renamed in place. */
export function forgetColumns(table: Table): void {
  indexes.delete(table);
}
