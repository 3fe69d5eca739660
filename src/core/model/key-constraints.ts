import type { IndexBackedConstraint, Table } from './types';

/**
 * A table's primary key, unique and exclusion constraints: each is backed by an index of the same
 * name, which Postgres lists with the table's indexes (COMMENT ON INDEX, ALTER INDEX reach it).
 */
export function indexBackedConstraints(table: Table): IndexBackedConstraint[] {
  const keys: IndexBackedConstraint[] = [...table.uniqueConstraints, ...table.exclusions];
  return table.primaryKey ? [table.primaryKey, ...keys] : keys;
}
