/**
 * When a changed view can be replaced in place. `CREATE OR REPLACE VIEW` keeps the view (and
 * what depends on it) only when the new query keeps every existing output column, with its name,
 * type and position; it may add columns at the end. Anything else needs the view dropped and
 * created again, with its dependants.
 *
 * The model does not know every output column's type, so the test is on the query's shape,
 * read with PostgreSQL's parser: the same FROM and WITH clauses (so every column reference
 * resolves to the same column, of the same type) and the old select list, item for item, at the
 * start of the new one. WHERE, GROUP BY, ORDER BY may change freely. When in doubt: recreate.
 */
import { parseSync } from 'libpg-query';
import type { View } from '../model/types';

type Fields = Record<string, unknown>;

/** JSON of a parse tree without its source positions (two spellings of one query compare equal). */
function shape(value: unknown): string {
  return JSON.stringify(value, (key, v) => (key === 'location' || key === 'stmt_location' || key === 'stmt_len' ? undefined : v));
}

function select(query: string): Fields | undefined {
  try {
    const stmt = (parseSync(query).stmts?.[0]?.stmt as Fields | undefined)?.SelectStmt as Fields | undefined;
    return stmt && (stmt.op === undefined || stmt.op === 'SETOP_NONE') && !stmt.valuesLists ? stmt : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `same`: the output columns do not change (replace in place, both ways); `appended`: columns
 * are added at the end (replace in place; going back needs the view recreated); `false`: drop
 * and create.
 */
export function viewReplacement(before: View, after: View): 'same' | 'appended' | false {
  if (before.materialized || after.materialized || before.recursive || after.recursive) return false;
  if (before.columnNames.some((name, i) => after.columnNames[i] !== name)) return false;
  // CREATE OR REPLACE refuses to rename a column (a name list, or ALTER VIEW ... RENAME COLUMN).
  if (before.columns && after.columns && before.columns.some((column, i) => after.columns![i] !== undefined && after.columns![i]!.name !== column.name)) return false;
  const a = select(before.query);
  const b = select(after.query);
  if (!a || !b) return false;
  if (shape(a.fromClause) !== shape(b.fromClause) || shape(a.withClause) !== shape(b.withClause)) return false;
  const oldItems = (a.targetList as unknown[] | undefined) ?? [];
  const newItems = (b.targetList as unknown[] | undefined) ?? [];
  if (newItems.length < oldItems.length || oldItems.some((item, i) => shape(item) !== shape(newItems[i]))) return false;
  // A star expands to the columns there were at creation: a new item after it is still appended.
  const sameWidth = !before.columns || !after.columns || before.columns.length === after.columns.length;
  return newItems.length === oldItems.length && after.columnNames.length === before.columnNames.length && sameWidth ? 'same' : 'appended';
}
