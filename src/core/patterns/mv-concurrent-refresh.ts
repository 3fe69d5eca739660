/**
 * mv-concurrent-refresh: what `REFRESH MATERIALIZED VIEW CONCURRENTLY` needs, so a refresh does
 * not lock readers out: a unique index on plain columns without WHERE (from the query's GROUP BY
 * or DISTINCT columns, or given), and a `refresh_<mv>()` function that refreshes concurrently
 * (plainly the first time, when the view was created WITH NO DATA).
 */
import type { SchemaChange } from '../changes/types';
import { nameAddition } from '../model/auto-names';
import type { RoutineDef, View } from '../model/types';
import { withoutLocations } from '../parse/ast';
import { btreeIndex, findRoutine, fitName, freeName, literal, plpgsqlFunction, qq, relationNames, type } from './build';
import { changes, decline, defineViewPattern } from './define';
import { parseQuery } from './sql-text';

export interface MvConcurrentRefreshParams {
  columns: string[];
  functionName: string;
}

type Node = Record<string, unknown>;

const AGGREGATES = new Set(['count', 'sum', 'avg', 'min', 'max', 'array_agg', 'string_agg', 'json_agg', 'jsonb_agg', 'json_object_agg', 'jsonb_object_agg', 'bool_and', 'bool_or', 'every', 'bit_and', 'bit_or']);

const kindOf = (node: unknown): string | undefined => (node && typeof node === 'object' ? Object.keys(node)[0] : undefined);
const fieldsOf = (node: unknown): Node => ((node as Node)[kindOf(node) ?? ''] ?? {}) as Node;
const same = (a: unknown, b: unknown) => JSON.stringify(withoutLocations(a)) === JSON.stringify(withoutLocations(b));
const strings = (list: unknown): string[] => ((list as Node[] | undefined) ?? []).map((n) => (fieldsOf(n).sval as string | undefined) ?? '');

/** The name Postgres gives an output column without an alias (FigureColname, the common cases). */
function figure(node: unknown): string {
  const f = fieldsOf(node);
  switch (kindOf(node)) {
    case 'ColumnRef': {
      const parts = strings(f.fields);
      return parts[parts.length - 1] || '?column?';
    }
    case 'FuncCall': {
      const parts = strings(f.funcname);
      return parts[parts.length - 1] ?? '?column?';
    }
    case 'TypeCast':
      return figure(f.arg);
    default:
      return '?column?';
  }
}

/** The output columns that identify a row of the view's result, inferred from its query. */
export function keyColumnsOf(view: View): { ok: true; columns: string[] } | { ok: false; reason: string } {
  const stmt = parseQuery(view.query);
  const select = stmt && kindOf(stmt) === 'SelectStmt' ? fieldsOf(stmt) : undefined;
  if (!select) return { ok: false, reason: 'its query could not be read' };
  if (select.op && select.op !== 'SETOP_NONE') return { ok: false, reason: 'its query is a UNION / INTERSECT / EXCEPT' };
  const targets = ((select.targetList as Node[] | undefined) ?? []).map((t) => fieldsOf(t));
  const outputs = targets.map((t, i) => view.columnNames[i] ?? (t.name as string | undefined) ?? figure(t.val));
  if (targets.some((t) => kindOf(t.val) === 'ColumnRef' && ((fieldsOf(t.val).fields as Node[]) ?? []).some((f) => kindOf(f) === 'A_Star'))) return { ok: false, reason: 'its query selects *' };
  const outputOf = (expression: unknown): string | undefined => {
    if (kindOf(expression) === 'A_Const') {
      const ival = (fieldsOf(expression).ival as Node | undefined)?.ival;
      const position = typeof ival === 'number' ? ival : Number.NaN;
      return Number.isInteger(position) && position >= 1 ? outputs[position - 1] : undefined;
    }
    const at = targets.findIndex((t) => same(t.val, expression));
    if (at >= 0) return outputs[at];
    if (kindOf(expression) === 'ColumnRef') {
      const parts = strings(fieldsOf(expression).fields);
      if (parts.length === 1 && outputs.includes(parts[0]!)) return parts[0];
    }
    return undefined;
  };
  const distinct = select.distinctClause as Node[] | undefined;
  if (distinct && distinct.length > 0) {
    const plain = distinct.every((d) => Object.keys(d).length === 0);
    if (plain) return outputs.includes('?column?') ? { ok: false, reason: 'an output column of its DISTINCT has no name' } : { ok: true, columns: [...new Set(outputs)] };
    const columns = distinct.map(outputOf);
    if (columns.some((c) => c === undefined)) return { ok: false, reason: 'a DISTINCT ON expression is not an output column' };
    return { ok: true, columns: [...new Set(columns as string[])] };
  }
  const group = select.groupClause as Node[] | undefined;
  if (group && group.length > 0) {
    if (group.some((g) => kindOf(g) === 'GroupingSet')) return { ok: false, reason: 'its query groups by GROUPING SETS / ROLLUP / CUBE' };
    const columns = group.map(outputOf);
    if (columns.some((c) => c === undefined)) return { ok: false, reason: 'a GROUP BY expression is not an output column' };
    return { ok: true, columns: [...new Set(columns as string[])] };
  }
  const aggregateOnly = targets.length > 0 && targets.every((t) => kindOf(t.val) === 'FuncCall' && AGGREGATES.has(strings(fieldsOf(t.val).funcname).pop() ?? '') && !fieldsOf(t.val).over);
  if (aggregateOnly && !select.havingClause && outputs[0] !== '?column?') return { ok: true, columns: [outputs[0]!] };
  return { ok: false, reason: 'its query has no GROUP BY or DISTINCT to tell which columns identify a row' };
}

function refreshFunction(view: View, name: string): RoutineDef {
  const body = `
BEGIN
  -- CONCURRENTLY keeps the view readable; it needs the view populated once (WITH NO DATA is not).
  IF (SELECT relispopulated FROM pg_catalog.pg_class WHERE oid = ${literal(qq(view))}::regclass) THEN
    REFRESH MATERIALIZED VIEW CONCURRENTLY ${qq(view)};
  ELSE
    REFRESH MATERIALIZED VIEW ${qq(view)};
  END IF;
END
`;
  return plpgsqlFunction({ schema: view.schema, name }, 'void', body);

}

export default defineViewPattern<MvConcurrentRefreshParams>({
  id: 'mv-concurrent-refresh',
  title: 'Concurrent refresh for a materialized view',
  description:
    'Lets a materialized view be refreshed with REFRESH MATERIALIZED VIEW CONCURRENTLY, which keeps it readable while the query runs instead of locking readers out: adds the unique index Postgres requires (on the columns that identify a row: the GROUP BY or DISTINCT columns of the query, or the ones you name) and a refresh_<view>() function to call from a scheduler (pg_cron, a job), which refreshes plainly the first time if the view was created WITH NO DATA.',
  defaultParams: { columns: [], functionName: '' },
  params: [
    { name: 'columns', label: 'Unique columns', kind: 'columns', help: 'Output columns that identify a row; empty: the GROUP BY / DISTINCT columns of the query.' },
    { name: 'functionName', label: 'Refresh function', kind: 'string', help: 'Name of the function; empty: refresh_<view>.' },
  ],
  serves: ['require-unique-index-for-concurrent-refresh'],
  analyze(schema, view, params) {
    const ref = { schema: view.schema, name: view.name };
    const out: SchemaChange[] = [];
    const usable = view.indexes.some((ix) => ix.unique && !ix.where && ix.elements.every((e) => e.column !== undefined));
    if (!usable) {
      let columns = params.columns;
      if (columns.length === 0) {
        const inferred = keyColumnsOf(view);
        if (!inferred.ok) return decline(`cannot tell which columns of ${view.name} identify a row (${inferred.reason}): set columns`);
        columns = inferred.columns;
      }
      const taken = relationNames(schema, view.schema);
      out.push({ kind: 'add-index', table: ref, index: btreeIndex(freeName(view.name, nameAddition(columns), 'key', (n) => taken.has(n)), columns, { unique: true }) });
    }
    const name = params.functionName || fitName('refresh', view.name);
    const routine = refreshFunction(view, name);
    const found = findRoutine(schema, { schema: view.schema, name });
    if (!found) out.push({ kind: 'add-routine', routine });
    else if (found.body !== routine.body) {
      if (!/REFRESH\s+MATERIALIZED\s+VIEW/i.test(found.body)) return decline(`a function ${name}() exists that does not refresh ${view.name}: set functionName`);
    }
    return changes(out);
  },
});
