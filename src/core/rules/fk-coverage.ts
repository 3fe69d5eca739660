/**
 * Which index, if any, serves the lookup Postgres's RI triggers make on the referencing table
 * when a parent row is deleted or its key updated (ri_triggers.c):
 *
 *   SELECT 1 FROM ONLY child x WHERE $1 = fk_col1 [AND $2 = fk_col2 ...] FOR KEY SHARE OF x
 *
 * Equality on every key column, with a generic plan: an index serves it when its opclass has an
 * equality operator for the column and the planner can prove the index predicate, if any, from
 * `fk_col = $1` alone. That holds for `fk_col IS NOT NULL` (the operator is strict) and nothing
 * else, so `WHERE deleted_at IS NULL` leaves every deleted row unindexed for the check.
 * test/core/rules/require-fk-index.test.ts checks each verdict against EXPLAIN on PGlite.
 */
import type { Column, ForeignKey, Table } from '../model/types';
import { conjunctsOf, notNullTestColumn } from './expressions';
import { columnsNamed } from './heuristics';
import type { IndexLike } from './schema-index';

export type FkCoverage =
  | { kind: 'served'; index: string }
  /** An index finds the rows, but reads much more than a b-tree on the key would. */
  | { kind: 'poorly'; index: string; why: string }
  | { kind: 'none'; partial?: { index: string; where: string } };

/** Types with no GiST or GIN opclass of their own: an index on them uses btree_gist / btree_gin, which have `=`. */
const NOT_SCALAR = /range$|^(point|box|polygon|circle|lseg|path|line|tsvector|tsquery|ltree|hstore|jsonb|geometry|geography|cube)$/;

/** Does the opclass of this index element provide `=` for the key column? */
function hasEquality(ix: IndexLike, position: number, column: Column | undefined): boolean {
  if (ix.method === 'btree' || ix.method === 'hash') return true;
  if (ix.method !== 'gist' && ix.method !== 'gin') return false;
  const element = ix.exclusion ? ix.exclusion.elements[position] : ix.index?.elements[position];
  if (!element) return false;
  // An exclusion element `WITH =` proves its opclass has the operator.
  if (ix.exclusion) return ix.exclusion.elements[position]!.operator === '=';
  // btree_gist's opclasses are gist_<type>_ops; btree_gin's are named after the type (int4_ops).
  if (element.opclass) return ix.method === 'gist' ? /^gist_\w+_ops$/.test(element.opclass) : !/jsonb|array|tsvector|trgm|hstore/.test(element.opclass);
  if (!column || column.type.arrayDims > 0) return false;
  return !NOT_SCALAR.test(column.type.name);
}

/** Whether the planner proves the index predicate from `fk_col = $n` for every key column. */
function predicateImplied(where: string, fk: ForeignKey): boolean {
  return conjunctsOf(where).every((term) => {
    const column = notNullTestColumn(term);
    return column !== undefined && fk.columns.includes(column);
  });
}

export function fkCoverage(table: Table, fk: ForeignKey, indexes: IndexLike[]): FkCoverage {
  let poorly: FkCoverage | undefined;
  let partial: { index: string; where: string } | undefined;
  for (const ix of indexes) {
    if (ix.where && !predicateImplied(ix.where, fk)) {
      if (fk.columns.every((c) => ix.columns.includes(c))) partial ??= { index: ix.name, where: ix.where };
      continue;
    }
    const positions = fk.columns.map((c) => ix.columns.indexOf(c));
    if (positions.some((p) => p < 0)) continue;
    const equality = positions.every((p, i) => hasEquality(ix, p, columnsNamed(table, fk.columns[i])[0]));
    if (!equality) continue;
    const leading = positions.every((p) => p < fk.columns.length);
    if (ix.method === 'hash') {
      if (fk.columns.length === 1 && ix.columns.length === 1) return { kind: 'served', index: ix.name };
      continue;
    }
    if ((ix.method === 'btree' || ix.method === 'gist') && leading) return { kind: 'served', index: ix.name };
    const why =
      ix.method === 'gin'
        ? 'a GIN index: it finds the rows through a bitmap, more slowly than a b-tree on the key'
        : ix.method === 'gist'
          ? `a GiST index whose leading column is ${ix.columns[0] ?? 'an expression'}: it finds the rows, but reads much more of the index than a b-tree on the key`
          : `which does not start with the key (${ix.columns.map((c) => c ?? '(expression)').join(', ')}): Postgres 18 can skip-scan it, older versions read all of it`;
    poorly ??= { kind: 'poorly', index: ix.name, why };
  }
  return poorly ?? (partial ? { kind: 'none', partial } : { kind: 'none' });
}
