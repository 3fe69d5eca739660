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
import type { IndexLike, SchemaIndex } from './schema-index';

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

/**
 * The key columns that identify one parent row on their own: those matched to a unique key of the
 * referenced table. A composite key that repeats a scoping column (`(thread_id, demand_id)`
 * referencing `UNIQUE (id, demand_id)` beside the parent's `PRIMARY KEY (id)`, so that a row's
 * thread belongs to its own demand) is found through an index on `thread_id` alone: every row
 * with that value references the one parent row, so the RI check's other equalities filter
 * nothing away.
 */
function identifyingSubset(fk: ForeignKey, leading: string[], parent: ParentKeys): boolean {
  const referenced = leading.map((c) => parent.referencedColumns[fk.columns.indexOf(c)]);
  return parent.keys.some((key) => key.length > 0 && key.length < fk.columns.length && key.every((c) => c !== undefined && referenced.includes(c)));
}

/** The referenced table's side of a key: the columns it references (its primary key's when the key names none) and its unique, non-partial keys. */
export interface ParentKeys {
  referencedColumns: string[];
  keys: (string | undefined)[][];
}

/** The referenced table's keys, for fkCoverage; undefined when that table is not in the schema. */
export function parentKeysOf(index: SchemaIndex, fk: ForeignKey): ParentKeys | undefined {
  const parent = index.table(fk.references);
  if (!parent) return undefined;
  return {
    referencedColumns: fk.referencedColumns.length > 0 ? fk.referencedColumns : (parent.primaryKey?.columns ?? []),
    keys: index.indexesOf(parent).filter((ix) => ix.unique && !ix.partial).map((ix) => ix.columns),
  };
}

export function fkCoverage(table: Table, fk: ForeignKey, indexes: IndexLike[], parent?: ParentKeys): FkCoverage {
  let poorly: FkCoverage | undefined;
  let partial: { index: string; where: string } | undefined;
  for (const ix of indexes) {
    if (ix.where && !predicateImplied(ix.where, fk)) {
      if (fk.columns.every((c) => ix.columns.includes(c))) partial ??= { index: ix.name, where: ix.where };
      continue;
    }
    const positions = fk.columns.map((c) => ix.columns.indexOf(c));
    if (positions.some((p) => p < 0)) {
      if (parent && ix.method === 'btree' && parent.referencedColumns.length === fk.columns.length) {
        const leading: string[] = [];
        for (const c of ix.columns) {
          if (c === undefined || !fk.columns.includes(c)) break;
          leading.push(c);
        }
        if (leading.length > 0 && identifyingSubset(fk, leading, parent)) return { kind: 'served', index: ix.name };
      }
      continue;
    }
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
