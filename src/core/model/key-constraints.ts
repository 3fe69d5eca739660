import type { Index, IndexBackedConstraint, Table, View } from './types';

/**
 * A table's primary key, unique and exclusion constraints: each is backed by an index of the same
 * name, which Postgres lists with the table's indexes (COMMENT ON INDEX, ALTER INDEX reach it).
 */
export function indexBackedConstraints(table: Table): IndexBackedConstraint[] {
  const keys: IndexBackedConstraint[] = [...table.uniqueConstraints, ...table.exclusions];
  return table.primaryKey ? [table.primaryKey, ...keys] : keys;
}

/**
 * What ALTER INDEX reaches on a table or materialized view, by name: its indexes and the indexes
 * behind its keys (a view has no keys).
 */
export function indexesAndKeys(relation: Table | View): (Index | IndexBackedConstraint)[] {
  return 'uniqueConstraints' in relation ? [...relation.indexes, ...indexBackedConstraints(relation)] : [...relation.indexes];
}

/** Every constraint of a table, of any kind (a partition's copies of its parent's too). */
export function allConstraints(table: Table): (IndexBackedConstraint | Table['foreignKeys'][number] | Table['checks'][number])[] {
  return [...indexBackedConstraints(table), ...table.foreignKeys, ...table.checks];
}
