import type { Index, IndexBackedConstraint, PrimaryKey, Table, UniqueConstraint, View } from './types';

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

/**
 * Whether a unique index is exactly the index a primary or unique key over it would have, so that
 * ADD ... USING INDEX can take it over: a plain b-tree on the key's columns, in order, ascending,
 * without a predicate, expressions, operator classes or collations of its own.
 */
export function indexServesAsKey(index: Index, key: Pick<PrimaryKey, 'columns' | 'include' | 'options' | 'withoutOverlaps'> & Partial<Pick<UniqueConstraint, 'nullsNotDistinct'>>): boolean {
  if (key.withoutOverlaps || !index.unique || index.method !== 'btree' || index.where !== undefined || index.only) return false;
  const plain = index.elements.every((e) => e.column !== undefined && !e.expression && !e.opclass && !e.collation && !e.descending && !e.nulls);
  const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return plain && sameList(index.elements.map((e) => e.column!), key.columns) && sameList(index.include, key.include) &&
    index.nullsNotDistinct === Boolean(key.nullsNotDistinct) && sameList(index.options ?? [], key.options ?? []);
}
