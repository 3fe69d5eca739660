/**
 * What changing a column's collation costs on a table with rows (`ALTER COLUMN ... TYPE same_type
 * COLLATE x`), as measured on Postgres 15 and 18 (pg_class.relfilenode before and after, text and
 * varchar, libc and ICU collations, deterministic and not; test/core/sql/collation-change.test.ts):
 * - the table is not rewritten: the stored values do not depend on the collation;
 * - every index that uses the column (as a key column, in an expression or predicate, a primary
 *   or unique key's index) is built again, even between equivalent collations ("C" and "POSIX"),
 *   and every CHECK constraint on the column is checked again by a scan of the table, all under
 *   the ACCESS EXCLUSIVE lock that ALTER COLUMN TYPE takes: reads and writes wait for them;
 * - a unique index rebuilt under a nondeterministic collation fails if two values that differ
 *   become equal under it ('a' and 'A' under a case-insensitive collation).
 * A type change Postgres makes without a rewrite (a longer varchar) keeps the indexes as they are
 * when the collation stays, but checks the column's CHECK constraints again all the same.
 */
import { keyOf } from '../model/names';
import type { Collation, QualifiedName, Schema } from '../model/types';
import { objectsOnColumn } from './dependencies';

export interface CollationChangeCost {
  /** Indexes (and keys' indexes) Postgres builds again, by name. */
  rebuilt: string[];
  /** CHECK constraints Postgres checks again by scanning the table. */
  rechecked: string[];
  /** A unique index or key on the column is rebuilt under a nondeterministic collation. */
  mayFail: boolean;
}

/** The schema's own collation a column's COLLATE names (`ci`, `public.ci`); not a built-in one. */
function collationNamed(schema: Schema, name: string): Collation | undefined {
  const dot = name.lastIndexOf('.');
  const [own, bare] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [undefined, name];
  return Object.values(schema.collations).find((c) => c.name === bare && (own === undefined || c.schema === own));
}

/** Built-in collations are all deterministic; only CREATE COLLATION ... deterministic = false is not. */
export function nondeterministic(schema: Schema, name: string | null | undefined): boolean {
  if (!name) return false;
  return collationNamed(schema, name)?.options['deterministic']?.replace(/'/g, '').toLowerCase() === 'false';
}

/** `collation`: the column's new collation (null: the type's default), undefined when it stays. */
export function collationChangeCost(schema: Schema, table: QualifiedName, column: string, collation: string | null | undefined): CollationChangeCost {
  const owner = schema.tables[keyOf(table)];
  if (!owner) return { rebuilt: [], rechecked: [], mayFail: false };
  const on = objectsOnColumn(schema, table, column).flatMap((d) => (d.kind === 'constraint' || d.kind === 'index' ? [d] : []));
  const named = new Set(on.map((d) => d.name));
  const keys = [...(owner.primaryKey ? [owner.primaryKey.name] : []), ...owner.uniqueConstraints.map((u) => u.name), ...owner.exclusions.map((x) => x.name)];
  const rebuilt = collation === undefined ? [] : [...keys.filter((k) => named.has(k)), ...on.filter((d) => d.kind === 'index').map((d) => d.name)];
  const rechecked = owner.checks.filter((c) => named.has(c.name)).map((c) => c.name);
  const uniques = [...(owner.primaryKey ? [owner.primaryKey.name] : []), ...owner.uniqueConstraints.map((u) => u.name), ...owner.indexes.filter((ix) => ix.unique).map((ix) => ix.name)];
  const mayFail = nondeterministic(schema, collation) && uniques.some((u) => named.has(u));
  return { rebuilt, rechecked, mayFail };
}

/** Whether Postgres does anything under the lock beyond the catalog change. */
export function costsMoreThanCatalog(cost: CollationChangeCost): boolean {
  return cost.rebuilt.length > 0 || cost.rechecked.length > 0 || cost.mayFail;
}

/** " (the rows stay as they are; under ACCESS EXCLUSIVE, Postgres rebuilds ... and re-checks ...)" for a description. */
export function collationChangeNote(cost: CollationChangeCost): string {
  const parts = [
    ...(cost.rebuilt.length > 0 ? [`rebuilds ${cost.rebuilt.join(', ')}`] : []),
    ...(cost.rechecked.length > 0 ? [`re-checks ${cost.rechecked.join(', ')} with a scan`] : []),
  ];
  const lock = parts.length > 0 ? `; under ACCESS EXCLUSIVE, Postgres ${parts.join(' and ')}` : '; a catalog change under a brief ACCESS EXCLUSIVE lock';
  return ` (the rows stay as they are${lock}${cost.mayFail ? '; fails if two values are equal under the new collation' : ''})`;
}
