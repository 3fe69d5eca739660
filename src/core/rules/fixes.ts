/** Fix builders shared by several rules. */
import { chooseName, nameAddition } from '../model/auto-names';
import type { ForeignKey, Table } from '../model/types';
import type { Fix } from './types';

/** A plain b-tree index on a foreign key's columns, named as Postgres would name it. */
export function fkIndexFix(table: Table, fk: ForeignKey): Fix {
  const taken = new Set([...table.indexes.map((i) => i.name), ...table.uniqueConstraints.map((u) => u.name)]);
  const name = chooseName(table.name, nameAddition(fk.columns), 'idx', (n) => taken.has(n));
  return {
    kind: 'changes',
    description: `Index ${table.name} (${fk.columns.join(', ')})`,
    changes: [
      {
        kind: 'add-index',
        table: { schema: table.schema, name: table.name },
        index: {
          name,
          unique: false,
          method: 'btree',
          elements: fk.columns.map((column) => ({ column, descending: false })),
          include: [],
          nullsNotDistinct: false,
          only: false,
        },
      },
    ],
  };
}

/** A model object as a change carries it: without its source range (it is no longer where it was read). */
export function withoutSource<T extends { source?: unknown }>(object: T): Omit<T, 'source'> {
  const { source: _source, ...rest } = object;
  return rest;
}
