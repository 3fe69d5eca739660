import type { QualifiedName, Table } from '../../core/model';

export interface ColumnMarks {
  primaryKey: boolean;
  /** Tables this column references (through any foreign key it belongs to). */
  references: QualifiedName[];
  /** Alone in a unique constraint. */
  unique: boolean;
}

/** PK / FK / UNIQUE membership of each column of a table, by column name. */
export function columnMarks(table: Table): Map<string, ColumnMarks> {
  const marks = new Map<string, ColumnMarks>();
  const of = (column: string): ColumnMarks => {
    let mark = marks.get(column);
    if (!mark) {
      mark = { primaryKey: false, references: [], unique: false };
      marks.set(column, mark);
    }
    return mark;
  };
  for (const column of table.primaryKey?.columns ?? []) of(column).primaryKey = true;
  for (const fk of table.foreignKeys) for (const column of fk.columns) of(column).references.push(fk.references);
  for (const unique of table.uniqueConstraints) if (unique.columns.length === 1) of(unique.columns[0]!).unique = true;
  return marks;
}
