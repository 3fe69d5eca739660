/**
 * The output columns of a query, as far as they can be known without running it: what a view,
 * a materialized view or CREATE TABLE AS gets. The FROM clause is read into scopes of named
 * sources (tables, views, sub-selects, CTEs, joins with USING / NATURAL, set-returning
 * functions), `*` and `t.*` expand over them in Postgres's order, each select-list entry gets its
 * name (alias, or FigureColname) and type (expression-types.ts); and every column the query
 * reads of a table or view is recorded (a view depends on them: DROP COLUMN needs CASCADE).
 */
import type { Node } from '@pgsql/types';
import { keyOf } from '../../model/names';
import type { QualifiedName, TypeRef } from '../../model/types';
import { type Fields, figureColumnName, nodeKind, rangeVarName, stringList, unwrap } from '../ast';
import { type ImportContext, StatementError } from '../context';
import { commonType, expressionType, LITERAL, outputType, type TypeScope } from './expression-types';
import { appendAll } from '../../lib/arrays';

export const UNKNOWN_TYPE: TypeRef = { name: 'unknown', modifiers: [], arrayDims: 0 };

export interface OutputColumn {
  name: string;
  /** Undefined when it cannot be known. */
  type: TypeRef | undefined;
}

export interface QueryShape {
  columns: OutputColumn[];
  /** False when `*` ran over a relation the model does not know: columns are missing. */
  complete: boolean;
  /** Columns read per relation key (tables and views of the model). */
  reads: Map<string, { relation: QualifiedName; columns: Set<string> }>;
  /** Column references in the select list or WHERE that no source has (all sources known). */
  unresolved: string[];
}

interface Source {
  /** The name it is referred to by (alias, or the relation's name). */
  alias: string;
  relation?: QualifiedName;
  columns: OutputColumn[];
  /** Columns of a join in the order `*` gives them, when it differs from the parts'. */
  known: boolean;
}

interface Scope {
  /** Sources that qualified names and unqualified lookups see. */
  sources: Source[];
  /** What `*` expands to, in order (a join with USING merges its columns). */
  star: { source?: Source; column: OutputColumn }[];
  ctes: Map<string, QueryShape>;
  parent?: Scope;
}

function newShape(): QueryShape {
  return { columns: [], complete: true, reads: new Map(), unresolved: [] };
}

function recordRead(shape: QueryShape, source: Source, column: string): void {
  if (!source.relation) return;
  const key = keyOf(source.relation);
  let entry = shape.reads.get(key);
  if (!entry) {
    entry = { relation: source.relation, columns: new Set() };
    shape.reads.set(key, entry);
  }
  entry.columns.add(column);
}

function mergeReads(into: QueryShape, from: QueryShape): void {
  for (const [key, entry] of from.reads) {
    const target = into.reads.get(key);
    if (target) for (const c of entry.columns) target.columns.add(c);
    else into.reads.set(key, { relation: entry.relation, columns: new Set(entry.columns) });
  }
  if (!from.complete) into.complete = false;
}

function findCte(scope: Scope | undefined, name: string): QueryShape | undefined {
  for (let s = scope; s; s = s.parent) {
    const found = s.ctes.get(name);
    if (found) return found;
  }
  return undefined;
}

/** Renames a source's columns by an alias's column list (`AS x(a, b)`). */
function renamed(columns: OutputColumn[], aliasColumns: string[]): OutputColumn[] {
  return columns.map((c, i) => (aliasColumns[i] ? { ...c, name: aliasColumns[i]! } : c));
}

function relationSource(ctx: ImportContext, f: Fields, scope: Scope, shape: QueryShape): Source {
  const written = rangeVarName(f);
  const alias: string = f.alias?.aliasname ?? written.name;
  const aliasColumns = stringList(f.alias?.colnames);
  const cte = written.schema ? undefined : findCte(scope, written.name);
  if (cte) return { alias, columns: renamed(cte.columns, aliasColumns), known: cte.complete };
  const relation = ctx.findRelation(written);
  if (relation?.kind === 'table') {
    const t = relation.table;
    return { alias, relation: { schema: t.schema, name: t.name }, columns: renamed(t.columns.map((c) => ({ name: c.name, type: c.type })), aliasColumns), known: true };
  }
  if (relation?.kind === 'view') {
    const v = relation.view;
    const columns = (v.columns ?? []).map((c) => ({ name: c.name, type: c.type.name === UNKNOWN_TYPE.name && !c.type.schema ? undefined : c.type }));
    return { alias, relation: { schema: v.schema, name: v.name }, columns: renamed(columns, aliasColumns), known: v.columns !== undefined };
  }
  if (relation?.kind === 'sequence') {
    const columns = [
      { name: 'last_value', type: { name: 'bigint', modifiers: [], arrayDims: 0 } },
      { name: 'log_cnt', type: { name: 'bigint', modifiers: [], arrayDims: 0 } },
      { name: 'is_called', type: { name: 'boolean', modifiers: [], arrayDims: 0 } },
    ];
    return { alias, columns: renamed(columns, aliasColumns), known: true };
  }
  shape.complete = false;
  return { alias, columns: [], known: false };
}

/** FROM items into the scope's sources and `*` order. */
function addFromItem(ctx: ImportContext, node: Node, scope: Scope, shape: QueryShape): { sources: Source[]; star: Scope['star'] } {
  const kind = nodeKind(node);
  const f = unwrap(node) ?? {};
  const single = (source: Source) => ({ sources: [source], star: source.columns.map((column) => ({ source, column })) });
  switch (kind) {
    case 'RangeVar':
      return single(relationSource(ctx, f, scope, shape));
    case 'RangeSubselect': {
      const inner = analyzeQuery(ctx, f.subquery, f.lateral ? scope : scope.parent);
      mergeReads(shape, inner);
      return single({ alias: f.alias?.aliasname ?? '', columns: renamed(inner.columns, stringList(f.alias?.colnames)), known: inner.complete });
    }
    case 'RangeFunction':
      return single(functionSource(ctx, f, scope, shape));
    case 'RangeTableSample':
      return addFromItem(ctx, f.relation, scope, shape);
    case 'JoinExpr': {
      const left = addFromItem(ctx, f.larg, scope, shape);
      const right = addFromItem(ctx, f.rarg, scope, shape);
      let using = stringList(f.usingClause);
      if (f.isNatural) {
        const rightNames = new Set(right.star.map((s) => s.column.name));
        using = left.star.map((s) => s.column.name).filter((n) => rightNames.has(n));
      }
      const inner: Scope = { sources: [...left.sources, ...right.sources], star: [], ctes: new Map(), parent: scope };
      if (f.quals) walkExpressions(ctx, f.quals, inner, shape);
      const merged = using.map((name) => {
        const l = left.star.find((s) => s.column.name === name);
        const r = right.star.find((s) => s.column.name === name);
        if (l?.source) recordRead(shape, l.source, name);
        if (r?.source) recordRead(shape, r.source, name);
        const joined = f.jointype === 'JOIN_RIGHT' ? r?.column.type : f.jointype === 'JOIN_FULL' ? commonType([l?.column.type, r?.column.type]) : l?.column.type;
        return { column: { name, type: joined } };
      });
      const star = [...merged, ...left.star.filter((s) => !using.includes(s.column.name)), ...right.star.filter((s) => !using.includes(s.column.name))];
      if (f.alias?.aliasname) {
        const source: Source = { alias: f.alias.aliasname, columns: renamed(star.map((s) => s.column), stringList(f.alias.colnames)), known: true };
        return single(source);
      }
      return { sources: inner.sources, star };
    }
    default:
      shape.complete = false;
      return { sources: [], star: [] };
  }
}

/** A set-returning function in FROM: its result type's columns, or one column named after it. */
function functionSource(ctx: ImportContext, f: Fields, scope: Scope, shape: QueryShape): Source {
  const alias: string | undefined = f.alias?.aliasname;
  const columns: OutputColumn[] = [];
  let known = true;
  for (const item of (f.functions as Node[] | undefined) ?? []) {
    const parts = (unwrap(item, 'List')?.items as Node[] | undefined) ?? [];
    const call = parts[0];
    const definitions = (unwrap(parts[1], 'List')?.items as Node[] | undefined) ?? (f.coldeflist as Node[] | undefined) ?? [];
    walkExpressions(ctx, call, scope, shape);
    if (definitions.length > 0) {
      for (const d of definitions) {
        const def = unwrap(d, 'ColumnDef') ?? {};
        columns.push({ name: def.colname ?? '', type: ctx.typeRef(def.typeName) });
      }
      continue;
    }
    const functionName = stringList(unwrap(call, 'FuncCall')?.funcname).join('.').replace(/^pg_catalog\./, '');
    const builtin = RECORD_FUNCTIONS[functionName];
    if (builtin) {
      // A function without OUT parameters names its one column after the alias, if any.
      appendAll(columns, builtin.map((c) => (c.name === functionName && alias ? { ...c, name: alias } : c)));
      continue;
    }
    const type = expressionType(ctx, call, scopeTypes(ctx, scope, shape));
    if (type === undefined) known = false;
    const rowType = type?.schema ? (ctx.findTable({ schema: type.schema, name: type.name }) ?? undefined) : undefined;
    const composite = type?.schema ? ctx.findType({ schema: type.schema, name: type.name }) : undefined;
    if (rowType && type!.arrayDims === 0) appendAll(columns, rowType.columns.map((c) => ({ name: c.name, type: c.type })));
    else if (composite?.kind === 'composite' && type!.arrayDims === 0) appendAll(columns, composite.attributes.map((a) => ({ name: a.name, type: a.type })));
    else columns.push({ name: alias ?? figureColumnName(call) ?? '?column?', type: type === LITERAL ? undefined : type });
  }
  if (f.ordinality) columns.push({ name: 'ordinality', type: { name: 'bigint', modifiers: [], arrayDims: 0 } });
  const name = alias ?? figureColumnName(parts0(f)) ?? '';
  const aliasColumns = stringList(f.alias?.colnames);
  if (aliasColumns.length > columns.length) known = false;
  return { alias: name, columns: renamed(columns, aliasColumns), known };
}

const column = (name: string, type: string, arrayDims = 0): OutputColumn => ({ name, type: { name: type, modifiers: [], arrayDims } });

/** Set-returning functions of pg_catalog whose result is a record of named columns. */
const RECORD_FUNCTIONS: Record<string, OutputColumn[]> = {
  jsonb_each: [column('key', 'text'), column('value', 'jsonb')],
  json_each: [column('key', 'text'), column('value', 'json')],
  jsonb_each_text: [column('key', 'text'), column('value', 'text')],
  json_each_text: [column('key', 'text'), column('value', 'text')],
  jsonb_array_elements: [column('value', 'jsonb')],
  json_array_elements: [column('value', 'json')],
  jsonb_array_elements_text: [column('value', 'text')],
  json_array_elements_text: [column('value', 'text')],
  jsonb_object_keys: [column('jsonb_object_keys', 'text')],
  json_object_keys: [column('json_object_keys', 'text')],
  regexp_matches: [column('regexp_matches', 'text', 1)],
  string_to_table: [column('string_to_table', 'text')],
  regexp_split_to_table: [column('regexp_split_to_table', 'text')],
  generate_subscripts: [column('generate_subscripts', 'integer')],
};

function parts0(f: Fields): Node | undefined {
  const first = ((f.functions as Node[] | undefined) ?? [])[0];
  return ((unwrap(first, 'List')?.items as Node[] | undefined) ?? [])[0];
}

/** Column lookups and scalar sub-queries for expression-types.ts, recording what is read. */
function scopeTypes(ctx: ImportContext, scope: Scope, shape: QueryShape): TypeScope {
  return {
    column: (fields) => resolveColumn(scope, shape, fields)?.type,
    subquery: (select) => {
      const inner = analyzeQuery(ctx, select, scope);
      mergeReads(shape, inner);
      return inner.columns[0]?.type;
    },
  };
}

function resolveColumn(scope: Scope, shape: QueryShape, fields: string[]): OutputColumn | undefined {
  const name = fields[fields.length - 1];
  if (name === undefined || name === '*') return undefined;
  const qualifier = fields.length > 1 ? fields[fields.length - 2] : undefined;
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    for (const source of s.sources) {
      if (qualifier !== undefined && source.alias !== qualifier) continue;
      const column = source.columns.find((c) => c.name === name);
      if (column) {
        recordRead(shape, source, name);
        return column;
      }
      if (qualifier !== undefined && source.relation && !source.known) return undefined;
    }
    // A whole-row reference (`SELECT t FROM t`): every column is read.
    if (qualifier === undefined) {
      const whole = s.sources.find((source) => source.alias === name && source.relation);
      if (whole) {
        for (const c of whole.columns) recordRead(shape, whole, c.name);
        return { name, type: { schema: whole.relation!.schema, name: whole.relation!.name, modifiers: [], arrayDims: 0 } };
      }
    }
  }
  return undefined;
}

/**
 * Every column reference in an expression tree (sub-selects analysed in their own scope, with
 * this one outside them), for the reads a view depends on.
 */
function walkExpressions(ctx: ImportContext, value: unknown, scope: Scope, shape: QueryShape, check = false): void {
  if (Array.isArray(value)) {
    for (const item of value) walkExpressions(ctx, item, scope, shape, check);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value as Fields)) {
    if (key === 'ColumnRef') {
      const fields = stringList((child as Fields).fields);
      if (fields[fields.length - 1] === '*') expandStar(scope, shape, fields);
      else if (!resolveColumn(scope, shape, fields) && check && everySourceKnown(scope)) shape.unresolved.push(fields.join('.'));
    } else if (key === 'SelectStmt') {
      const inner = analyzeQuery(ctx, { SelectStmt: child } as Node, scope);
      mergeReads(shape, inner);
      appendAll(shape.unresolved, inner.unresolved);
    } else {
      walkExpressions(ctx, child, scope, shape, check);
    }
  }
}

function everySourceKnown(scope: Scope | undefined): boolean {
  for (let s = scope; s; s = s.parent) if (s.sources.some((source) => !source.known)) return false;
  return true;
}

function expandStar(scope: Scope, shape: QueryShape, fields: string[]): OutputColumn[] {
  if (fields.length === 1) {
    for (const entry of scope.star) if (entry.source) recordRead(shape, entry.source, entry.column.name);
    if (scope.sources.some((s) => !s.known)) shape.complete = false;
    return scope.star.map((s) => s.column);
  }
  const source = scope.sources.find((s) => s.alias === fields[fields.length - 2]);
  if (!source) return [];
  if (!source.known) shape.complete = false;
  for (const c of source.columns) recordRead(shape, source, c.name);
  return source.columns;
}

/**
 * FigureColname: a scalar sub-query is named after its own first column (Postgres names it once
 * the sub-query has been analysed), everything else as figureColumnName says.
 */
function outputName(ctx: ImportContext, value: Node | undefined, scope: Scope): string {
  const sublink = unwrap(value, 'SubLink');
  if (sublink?.subLinkType === 'EXPR_SUBLINK') return analyzeQuery(ctx, sublink.subselect, scope).columns[0]?.name ?? '?column?';
  return figureColumnName(value) ?? '?column?';
}

/** The shape of a SELECT (with its WITH, set operations and VALUES). */
export function analyzeQuery(ctx: ImportContext, query: Node | undefined, outer?: Scope): QueryShape {
  const shape = newShape();
  const select = unwrap(query, 'SelectStmt');
  if (!select) {
    shape.complete = false;
    return shape;
  }
  const scope: Scope = { sources: [], star: [], ctes: new Map(), parent: outer };
  for (const node of (select.withClause?.ctes as Node[] | undefined) ?? []) {
    const cte = unwrap(node, 'CommonTableExpr') ?? {};
    const body = unwrap(cte.ctequery, 'SelectStmt');
    if (select.withClause?.recursive && body?.larg) {
      // A recursive CTE reads itself: its columns are those of the non-recursive term.
      const seed = analyzeQuery(ctx, { SelectStmt: body.larg } as Node, scope);
      seed.columns = renamed(seed.columns, stringList(cte.aliascolnames));
      scope.ctes.set(cte.ctename, seed);
    }
    const inner = analyzeQuery(ctx, cte.ctequery, scope);
    mergeReads(shape, inner);
    inner.columns = renamed(inner.columns, stringList(cte.aliascolnames));
    scope.ctes.set(cte.ctename, inner);
  }
  if (select.op && select.op !== 'SETOP_NONE') {
    const left = analyzeQuery(ctx, select.larg ? { SelectStmt: select.larg } as Node : undefined, scope);
    const right = analyzeQuery(ctx, select.rarg ? { SelectStmt: select.rarg } as Node : undefined, scope);
    mergeReads(shape, left);
    mergeReads(shape, right);
    shape.columns = left.columns.map((c, i) => ({ name: c.name, type: commonType([c.type, right.columns[i]?.type]) }));
    return shape;
  }
  const rows = (select.valuesLists as Node[] | undefined) ?? [];
  if (rows.length > 0) {
    const types = scopeTypes(ctx, scope, shape);
    const typed = rows.map((row) => ((unwrap(row, 'List')?.items as Node[] | undefined) ?? []).map((item) => expressionType(ctx, item, types)));
    shape.columns = (typed[0] ?? []).map((_t, i) => ({ name: `column${i + 1}`, type: commonType(typed.map((r) => r[i])) }));
    walkExpressions(ctx, rows, scope, shape);
    return shape;
  }
  for (const item of (select.fromClause as Node[] | undefined) ?? []) {
    const added = addFromItem(ctx, item, scope, shape);
    appendAll(scope.sources, added.sources);
    appendAll(scope.star, added.star);
  }
  const types = scopeTypes(ctx, scope, shape);
  for (const target of (select.targetList as Node[] | undefined) ?? []) {
    const res = unwrap(target, 'ResTarget') ?? {};
    const fields = stringList(unwrap(res.val, 'ColumnRef')?.fields);
    if (fields[fields.length - 1] === '*') {
      appendAll(shape.columns, expandStar(scope, shape, fields));
      continue;
    }
    shape.columns.push({ name: res.name ?? outputName(ctx, res.val, scope), type: expressionType(ctx, res.val, types) });
    walkExpressions(ctx, res.val, scope, shape, true);
  }
  if (select.whereClause) walkExpressions(ctx, select.whereClause, scope, shape, true);
  for (const part of [select.groupClause, select.havingClause, select.sortClause, select.windowClause, select.distinctClause]) {
    if (part) walkExpressions(ctx, part, scope, shape);
  }
  return shape;
}

/** The output columns of a query as model columns: unknown types shown as `unknown`, literals as text. */
export function queryColumns(ctx: ImportContext, query: Node | undefined): { columns: { name: string; type: TypeRef; notNull: boolean }[]; shape: QueryShape } {
  const shape = analyzeQuery(ctx, query);
  const missing = shape.unresolved[0];
  if (missing !== undefined) throw new StatementError(`column "${missing}" does not exist`);
  const columns = shape.columns.map((c) => ({ name: c.name, type: { ...(outputType(c.type) ?? UNKNOWN_TYPE) }, notNull: false }));
  return { columns, shape };
}
