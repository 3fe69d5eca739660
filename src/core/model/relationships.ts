/**
 * Foreign keys read as ER relationships: which table points at which, through which columns, and
 * the cardinality an ER diagram draws (shared by the canvas, Mermaid and DBML exports).
 */
import { keyOf } from './names';
import type { ForeignKey, Schema, Table } from './types';

export interface Relationship {
  /** Key (schema.name) of the referencing table. */
  from: string;
  /** Key of the referenced table. */
  to: string;
  fk: ForeignKey;
  columns: string[];
  /** The columns the FK points at: the ones it names, or else the referenced primary key. */
  referencedColumns: string[];
  /** The referencing columns are not unique: many rows may point at one referenced row. */
  many: boolean;
  /** A referencing column may be NULL: a row need not point anywhere. */
  optional: boolean;
}

/** Whether `columns` (in any order) are covered by the primary key, a unique constraint or a full unique index. */
export function isUniqueKey(table: Table, columns: readonly string[]): boolean {
  const same = (other: readonly string[]) => other.length === columns.length && other.every((c) => columns.includes(c));
  return (
    (table.primaryKey !== undefined && same(table.primaryKey.columns)) ||
    table.uniqueConstraints.some((u) => same(u.columns)) ||
    table.indexes.some((i) => i.unique && !i.where && i.elements.every((e) => e.column) && same(i.elements.map((e) => e.column!)))
  );
}

export function referencedColumnsOf(schema: Schema, fk: ForeignKey): string[] {
  if (fk.referencedColumns.length > 0) return fk.referencedColumns;
  return schema.tables[keyOf(fk.references)]?.primaryKey?.columns ?? [];
}

/** Every foreign key whose target table is in the schema, in table then constraint order. */
export function relationships(schema: Schema): Relationship[] {
  const out: Relationship[] = [];
  for (const [key, table] of Object.entries(schema.tables)) {
    for (const fk of table.foreignKeys) {
      const to = keyOf(fk.references);
      if (!schema.tables[to]) continue;
      out.push({
        from: key,
        to,
        fk,
        columns: fk.columns,
        referencedColumns: referencedColumnsOf(schema, fk),
        many: !isUniqueKey(table, fk.columns),
        optional: fk.columns.some((c) => !table.columns.find((col) => col.name === c)?.notNull),
      });
    }
  }
  return out;
}
