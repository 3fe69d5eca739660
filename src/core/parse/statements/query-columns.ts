/**
 * The output columns of a SELECT, as far as they can be known without running it: what
 * CREATE TABLE AS gives its table. Column references take the source column's type (through
 * tables, joins and sub-selects), casts their target type, a few well-known functions and
 * operators their result type; anything else is `unknown`.
 */
import type { Node } from '@pgsql/types';
import type { Column, TypeRef } from '../../model/types';
import { type Fields, nodeKind, rangeVarName, stringList, unwrap } from '../ast';
import type { ImportContext } from '../context';

export const UNKNOWN_TYPE: TypeRef = { name: 'unknown', modifiers: [], arrayDims: 0 };
const BOOLEAN: TypeRef = { name: 'boolean', modifiers: [], arrayDims: 0 };
const BIGINT: TypeRef = { name: 'bigint', modifiers: [], arrayDims: 0 };
const TEXT: TypeRef = { name: 'text', modifiers: [], arrayDims: 0 };
const NUMERIC: TypeRef = { name: 'numeric', modifiers: [], arrayDims: 0 };
const DOUBLE: TypeRef = { name: 'double precision', modifiers: [], arrayDims: 0 };

function aggregateResult(type: TypeRef): TypeRef {
  if (!type.schema && (type.name === 'character varying' || type.name === 'character')) return { ...TEXT, arrayDims: type.arrayDims };
  return { ...type, modifiers: [] };
}

/** sum(): integers widen (int -> bigint, bigint -> numeric), the rest keep their type. */
function sumResult(type: TypeRef): TypeRef {
  if (type.name === 'integer' || type.name === 'smallint') return BIGINT;
  if (type.name === 'bigint' || type.name === 'numeric') return NUMERIC;
  return { ...type, modifiers: [] };
}

/** A relation visible in FROM: its alias (or name) and columns. */
interface Source {
  name: string;
  columns: Column[];
}

function fromSources(ctx: ImportContext, items: Node[] | undefined): Source[] {
  const sources: Source[] = [];
  const visit = (node: Node): void => {
    const kind = nodeKind(node);
    const f = unwrap(node) ?? {};
    if (kind === 'RangeVar') {
      const table = ctx.findTable(rangeVarName(f));
      sources.push({ name: f.alias?.aliasname ?? f.relname, columns: table?.columns ?? [] });
    } else if (kind === 'RangeSubselect') {
      sources.push({ name: f.alias?.aliasname ?? '', columns: queryColumns(ctx, f.subquery) });
    } else if (kind === 'JoinExpr') {
      if (f.larg) visit(f.larg);
      if (f.rarg) visit(f.rarg);
    }
  };
  for (const item of items ?? []) visit(item);
  return sources;
}

function expressionType(ctx: ImportContext, node: Node | undefined, sources: Source[]): TypeRef | undefined {
  const kind = nodeKind(node);
  const f = unwrap(node) ?? {};
  switch (kind) {
    case 'ColumnRef': {
      const parts = stringList(f.fields);
      const column = parts[parts.length - 1];
      const scope = parts.length > 1 ? sources.filter((s) => s.name === parts[parts.length - 2]) : sources;
      return scope.flatMap((s) => s.columns).find((c) => c.name === column)?.type;
    }
    case 'TypeCast':
      return ctx.typeRef(f.typeName);
    case 'FuncCall': {
      const name = stringList(f.funcname).pop();
      if (name === 'count') return BIGINT;
      const argument = expressionType(ctx, f.args?.[0], sources);
      if (name === 'coalesce' || name === 'first_value' || name === 'last_value') return argument;
      // Aggregates return their state type: no modifiers, and text for character types (there is
      // no max(varchar); max(text) is used).
      if (name === 'max' || name === 'min') return argument && aggregateResult(argument);
      if (name === 'sum') return argument && sumResult(argument);
      if (name === 'avg') return argument && (argument.name === 'real' || argument.name === 'double precision' ? DOUBLE : NUMERIC);
      if (name === 'bool_or' || name === 'bool_and') return BOOLEAN;
      if (name === 'string_agg' || name === 'concat' || name === 'lower' || name === 'upper') return TEXT;
      return undefined;
    }
    case 'A_Expr': {
      const op = stringList(f.name).join('');
      if (op === '||') {
        const sides = [expressionType(ctx, f.lexpr, sources), expressionType(ctx, f.rexpr, sources)];
        return sides.find((t) => t?.name === 'jsonb' || (t && t.arrayDims > 0)) ?? TEXT;
      }
      if (['=', '<>', '!=', '<', '>', '<=', '>='].includes(op) || f.kind !== 'AEXPR_OP') return BOOLEAN;
      return expressionType(ctx, f.lexpr, sources) ?? expressionType(ctx, f.rexpr, sources);
    }
    case 'BoolExpr':
    case 'NullTest':
    case 'BooleanTest':
    case 'SubLink':
      return kind === 'SubLink' && f.subLinkType === 'EXPR_SUBLINK' ? undefined : BOOLEAN;
    case 'CoalesceExpr':
      return ((f.args as Node[] | undefined) ?? []).map((a) => expressionType(ctx, a, sources)).find(Boolean);
    case 'A_Const':
      if (f.sval) return TEXT;
      if (f.boolval) return BOOLEAN;
      if (f.fval) return { name: 'numeric', modifiers: [], arrayDims: 0 };
      if (f.isnull) return undefined;
      return { name: 'integer', modifiers: [], arrayDims: 0 };
    default:
      return undefined;
  }
}

export function queryColumns(ctx: ImportContext, query: Node | undefined): Column[] {
  let select = unwrap(query, 'SelectStmt') ?? {};
  // A UNION takes its column names and types from its first branch.
  while (select.op && select.op !== 'SETOP_NONE' && select.larg) select = select.larg;
  const values = (select.valuesLists as Node[] | undefined)?.[0];
  if (values) {
    // VALUES (...), (...): columns column1, column2, ... typed by the first row.
    const row = (unwrap(values, 'List')?.items as Node[] | undefined) ?? [];
    return row.map((item, i) => ({ name: `column${i + 1}`, type: expressionType(ctx, item, []) ?? UNKNOWN_TYPE, notNull: false }));
  }
  const sources = fromSources(ctx, select.fromClause);
  const columns: Column[] = [];
  for (const target of (select.targetList as Node[] | undefined) ?? []) {
    const res = unwrap(target, 'ResTarget') ?? {};
    const ref = unwrap(res.val, 'ColumnRef');
    const fields = stringList(ref?.fields);
    if (fields[fields.length - 1] === '*') {
      const scope = fields.length > 1 ? sources.filter((s) => s.name === fields[fields.length - 2]) : sources;
      for (const source of scope) for (const c of source.columns) columns.push({ name: c.name, type: c.type, notNull: false });
      continue;
    }
    const funcName = stringList(unwrap(res.val, 'FuncCall')?.funcname).pop();
    const name: string = res.name ?? (ref ? fields[fields.length - 1] : funcName) ?? '?column?';
    columns.push({ name, type: expressionType(ctx, res.val, sources) ?? UNKNOWN_TYPE, notNull: false });
  }
  return columns;
}
