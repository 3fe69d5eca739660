/**
 * The type Postgres gives an expression in a query's select list, as far as it can be known
 * without running it: a column's own type (modifiers kept), a cast's target type, literals,
 * operators over known operands, built-in functions with a fixed or argument-derived result,
 * and the model's own functions. Where the rules run out the answer is `undefined` ("not
 * known"), never a guess. Common types (CASE, COALESCE, UNION, ARRAY[...]) follow
 * select_common_type for the usual categories: numbers widen, an untyped literal takes the
 * other side's type, and modifiers survive only when every input has the same.
 */
import type { Node } from '@pgsql/types';
import { formatType } from '../../model/format-type';
import type { TypeRef } from '../../model/types';
import { nodeKind, stringList, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { maxOf } from '../../lib/arrays';

export const type = (name: string, arrayDims = 0, modifiers: string[] = []): TypeRef => ({ name, modifiers, arrayDims });

/** An untyped string literal (or NULL): it becomes text in a table's column, or the other side's type. */
export const LITERAL: TypeRef = Object.freeze({ name: 'unknown', modifiers: [], arrayDims: 0 }) as TypeRef;

const TEXT = type('text');
const BOOLEAN = type('boolean');
const INTEGER = type('integer');
const BIGINT = type('bigint');
const NUMERIC = type('numeric');
const DOUBLE = type('double precision');
const TIMESTAMPTZ = type('timestamp with time zone');
const TIMESTAMP = type('timestamp without time zone');
const DATE = type('date');
const INTERVAL = type('interval');
const JSONB = type('jsonb');
const JSON = type('json');
const NAME = type('name');

const NUMBERS = ['smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision'];
const STRINGS = new Set(['text', 'character varying', 'character', 'name', 'citext']);

const isNumber = (t: TypeRef) => !t.schema && t.arrayDims === 0 && NUMBERS.includes(t.name);
const bare = (t: TypeRef): TypeRef => ({ ...t, modifiers: [] });
const element = (t: TypeRef): TypeRef => ({ ...t, modifiers: t.modifiers, arrayDims: Math.max(0, t.arrayDims - 1) });
const arrayOf = (t: TypeRef): TypeRef => ({ ...t, modifiers: [], arrayDims: t.arrayDims + 1 });

/** The result of a function whose result follows its arguments. */
type Rule = TypeRef | ((args: (TypeRef | undefined)[]) => TypeRef | undefined);

const firstArg = (args: (TypeRef | undefined)[]) => (args[0] && args[0] !== LITERAL ? bare(args[0]) : args[0] === LITERAL ? TEXT : undefined);
const textIfString = (t: TypeRef | undefined) => (t && (t === LITERAL || (!t.schema && STRINGS.has(t.name) && t.arrayDims === 0)) ? TEXT : t && bare(t));

/** Built-in functions (pg_catalog) by name. */
const FUNCTIONS: Record<string, Rule> = {
  count: BIGINT, row_number: BIGINT, rank: BIGINT, dense_rank: BIGINT, ntile: INTEGER, percent_rank: DOUBLE, cume_dist: DOUBLE,
  sum: (a) => {
    const t = a[0];
    if (!t) return undefined;
    if (t.name === 'smallint' || t.name === 'integer') return BIGINT;
    if (t.name === 'bigint' || t.name === 'numeric') return NUMERIC;
    return bare(t);
  },
  avg: (a) => (a[0] && (a[0].name === 'real' || a[0].name === 'double precision') ? DOUBLE : a[0]?.name === 'interval' ? INTERVAL : a[0] ? NUMERIC : undefined),
  min: (a) => textIfString(a[0]), max: (a) => textIfString(a[0]),
  first_value: firstArg, last_value: firstArg, nth_value: firstArg, lag: firstArg, lead: firstArg, any_value: firstArg,
  abs: firstArg, ceil: firstArg, ceiling: firstArg, floor: firstArg, sign: firstArg, trunc: firstArg, round: firstArg,
  mod: firstArg, date_trunc: (a) => a[1] && a[1] !== LITERAL ? bare(a[1]) : TIMESTAMPTZ,
  sqrt: DOUBLE, power: DOUBLE, random: DOUBLE, pi: DOUBLE, ln: DOUBLE, exp: DOUBLE, date_part: DOUBLE, extract: NUMERIC,
  stddev: NUMERIC, variance: NUMERIC, percentile_cont: DOUBLE, percentile_disc: firstArg,
  bool_and: BOOLEAN, bool_or: BOOLEAN, every: BOOLEAN, isfinite: BOOLEAN, starts_with: BOOLEAN,
  array_agg: (a) => (a[0] ? arrayOf(a[0] === LITERAL ? TEXT : a[0]) : undefined),
  string_agg: (a) => (a[0]?.name === 'bytea' ? type('bytea') : TEXT),
  json_agg: JSON, json_object_agg: JSON, json_build_object: JSON, json_build_array: JSON, to_json: JSON, row_to_json: JSON, array_to_json: JSON,
  jsonb_agg: JSONB, jsonb_object_agg: JSONB, jsonb_build_object: JSONB, jsonb_build_array: JSONB, to_jsonb: JSONB, jsonb_set: JSONB,
  jsonb_strip_nulls: JSONB, jsonb_insert: JSONB, jsonb_path_query_first: JSONB, jsonb_extract_path: JSONB,
  json_extract_path: JSON, jsonb_extract_path_text: TEXT, json_extract_path_text: TEXT, jsonb_typeof: TEXT, json_typeof: TEXT,
  jsonb_array_length: INTEGER, json_array_length: INTEGER, jsonb_pretty: TEXT,
  lower: TEXT, upper: TEXT, initcap: TEXT, trim: TEXT, btrim: TEXT, ltrim: TEXT, rtrim: TEXT, concat: TEXT, concat_ws: TEXT,
  substring: (a) => (a[0]?.name === 'bytea' ? type('bytea') : TEXT), substr: (a) => (a[0]?.name === 'bytea' ? type('bytea') : TEXT),
  replace: TEXT, regexp_replace: TEXT, split_part: TEXT, left: TEXT, right: TEXT, lpad: TEXT, rpad: TEXT, repeat: TEXT, reverse: TEXT,
  format: TEXT, to_char: TEXT, md5: TEXT, encode: TEXT, quote_ident: TEXT, quote_literal: TEXT, quote_nullable: TEXT, translate: TEXT,
  array_to_string: TEXT, string_to_array: type('text', 1), regexp_split_to_array: type('text', 1), regexp_match: type('text', 1),
  overlay: TEXT, chr: TEXT, to_hex: TEXT, host: TEXT, version: TEXT, current_setting: TEXT, pg_typeof: type('regtype'),
  length: INTEGER, char_length: INTEGER, character_length: INTEGER, octet_length: INTEGER, bit_length: INTEGER,
  strpos: INTEGER, position: INTEGER, ascii: INTEGER, array_length: INTEGER, cardinality: INTEGER, array_ndims: INTEGER,
  array_position: INTEGER, width_bucket: INTEGER, num_nonnulls: INTEGER, num_nulls: INTEGER,
  now: TIMESTAMPTZ, clock_timestamp: TIMESTAMPTZ, statement_timestamp: TIMESTAMPTZ, transaction_timestamp: TIMESTAMPTZ,
  to_timestamp: (a) => (a.length === 1 ? TIMESTAMPTZ : TIMESTAMPTZ), make_timestamptz: TIMESTAMPTZ,
  make_timestamp: TIMESTAMP, make_date: DATE, to_date: DATE, age: INTERVAL, make_interval: INTERVAL, justify_interval: INTERVAL,
  justify_days: INTERVAL, justify_hours: INTERVAL, timezone: (a) => (a[1]?.name === 'timestamp with time zone' ? TIMESTAMP : a[1]?.name === 'timestamp without time zone' ? TIMESTAMPTZ : undefined),
  to_number: NUMERIC, nextval: BIGINT, currval: BIGINT, lastval: BIGINT, setval: BIGINT, txid_current: BIGINT,
  gen_random_uuid: type('uuid'), uuid_generate_v4: type('uuid'), uuid_generate_v1: type('uuid'), uuidv4: type('uuid'), uuidv7: type('uuid'),
  decode: type('bytea'), sha256: type('bytea'), digest: type('bytea'), to_tsvector: type('tsvector'), setweight: type('tsvector'),
  to_tsquery: type('tsquery'), plainto_tsquery: type('tsquery'), websearch_to_tsquery: type('tsquery'), phraseto_tsquery: type('tsquery'),
  ts_rank: type('real'), ts_rank_cd: type('real'), similarity: type('real'),
  current_user: NAME, session_user: NAME, current_schema: NAME, current_database: NAME,
  array_append: firstArg, array_prepend: (a) => (a[1] ? bare(a[1]) : undefined), array_cat: firstArg, array_remove: firstArg,
  array_replace: firstArg, unnest: (a) => (a[0] && a[0].arrayDims > 0 ? { ...a[0], modifiers: [], arrayDims: 0 } : undefined),
  generate_series: (a) => (a[0] && a[0] !== LITERAL ? bare(a[0]) : undefined),
  int4range: type('int4range'), int8range: type('int8range'), numrange: type('numrange'), tstzrange: type('tstzrange'),
  tsrange: type('tsrange'), daterange: type('daterange'), lower_inf: BOOLEAN, upper_inf: BOOLEAN, isempty: BOOLEAN,
};

/** The common type of CASE / COALESCE / UNION / ARRAY inputs (select_common_type, usual categories). */
export function commonType(inputs: (TypeRef | undefined)[]): TypeRef | undefined {
  if (inputs.some((t) => t === undefined)) return undefined;
  const known = (inputs as TypeRef[]).filter((t) => t !== LITERAL);
  if (known.length === 0) return inputs.length > 0 ? LITERAL : undefined;
  const first = known[0]!;
  // Modifiers survive only when every input has the same (an untyped literal has none).
  if (known.length === inputs.length && known.every((t) => formatType(t) === formatType(first))) return first;
  if (known.every((t) => formatType(bare(t)) === formatType(bare(first)))) return bare(first);
  if (known.every(isNumber)) return type(NUMBERS[maxOf(known.map((t) => NUMBERS.indexOf(t.name)))]!);
  if (known.every((t) => !t.schema && t.arrayDims === 0 && STRINGS.has(t.name))) return known.some((t) => t.name === 'text') ? TEXT : bare(first);
  const times = ['date', 'timestamp without time zone', 'timestamp with time zone'];
  if (known.every((t) => times.includes(t.name) && t.arrayDims === 0)) return type(times[maxOf(known.map((t) => times.indexOf(t.name)))]!);
  return undefined;
}

/** A number literal: integer if it fits, bigint, else numeric; with a point or exponent numeric. */
function numberLiteral(text: string): TypeRef {
  if (/[.eE]/.test(text)) return NUMERIC;
  const value = BigInt(text.replace(/_/g, ''));
  if (value >= -2147483648n && value <= 2147483647n) return INTEGER;
  return value >= -9223372036854775808n && value <= 9223372036854775807n ? BIGINT : NUMERIC;
}

const COMPARISONS = new Set(['=', '<>', '!=', '<', '>', '<=', '>=', '~', '~*', '!~', '!~*', '~~', '~~*', '!~~', '!~~*', '@>', '<@', '&&', '?', '?|', '?&', '@@', '@?', '-|-', '<<', '>>', '&<', '&>']);

/** A binary operator's result from its operands' types. */
function operatorType(op: string, left: TypeRef | undefined, right: TypeRef | undefined): TypeRef | undefined {
  if (COMPARISONS.has(op)) return BOOLEAN;
  // An untyped literal takes the other operand's type.
  const l = left === LITERAL && right && right !== LITERAL ? right : left;
  const r = right === LITERAL && left && left !== LITERAL ? left : right;
  if (op === '||') {
    if ([l, r].some((t) => t && t.arrayDims > 0)) return bare([l, r].find((t) => t && t.arrayDims > 0)!);
    if (l?.name === 'jsonb' || r?.name === 'jsonb') return JSONB;
    if (l?.name === 'bytea' && r?.name === 'bytea') return type('bytea');
    if (l?.name === 'tsvector' || l?.name === 'tsquery') return bare(l);
    return TEXT;
  }
  if (op === '->' || op === '#>') return l?.name === 'json' ? JSON : l?.name === 'jsonb' ? JSONB : undefined;
  if (op === '->>' || op === '#>>') return TEXT;
  if (!l || !r || l === LITERAL || r === LITERAL) return undefined;
  if (isNumber(l) && isNumber(r)) {
    if (op === '^') return l.name === 'numeric' || r.name === 'numeric' ? NUMERIC : DOUBLE;
    return commonType([bare(l), bare(r)]);
  }
  const is = (t: TypeRef, name: string) => !t.schema && t.arrayDims === 0 && t.name === name;
  const stamp = (t: TypeRef) => is(t, 'timestamp with time zone') || is(t, 'timestamp without time zone');
  if (is(l, 'date') && is(r, 'date') && op === '-') return INTEGER;
  if (is(l, 'date') && isNumber(r)) return DATE;
  if (is(l, 'date') && is(r, 'interval')) return TIMESTAMP;
  if (stamp(l) && is(r, 'interval')) return bare(l);
  if (is(l, 'interval') && stamp(r) && op === '+') return bare(r);
  if (stamp(l) && stamp(r) && op === '-') return INTERVAL;
  if (is(l, 'interval') && (is(r, 'interval') || isNumber(r))) return INTERVAL;
  if (isNumber(l) && is(r, 'interval') && op === '*') return INTERVAL;
  if (l.name === 'jsonb' && op === '-') return JSONB;
  return undefined;
}

/** Resolves column references; given by the query walker (query-columns.ts). */
export interface TypeScope {
  column(fields: string[]): TypeRef | undefined;
  /** The type of a sub-select's first output column (a scalar sub-query). */
  subquery(select: Node | undefined): TypeRef | undefined;
}

/** A function of the model, when its name (and number of arguments) decide one result type. */
function userFunction(ctx: ImportContext, name: string[], args: number): TypeRef | undefined {
  const written = name.length > 1 ? { schema: name[name.length - 2], name: name[name.length - 1]! } : { name: name[0]! };
  const found = ctx.findRoutines(written).filter((r) => r.routine.arguments.filter((a) => a.mode !== 'out' && a.mode !== 'table').length >= args);
  const results = [...new Set(found.map((r) => (r.routine.returnType ? formatType(r.routine.returnType) : '')))];
  if (results.length !== 1 || !results[0] || /^TABLE\(/.test(found[0]!.routine.returns ?? '')) return undefined;
  return bare(found[0]!.routine.returnType!);
}

const SQL_VALUE_FUNCTIONS: Record<string, TypeRef> = {
  SVFOP_CURRENT_DATE: DATE,
  SVFOP_CURRENT_TIME: type('time with time zone'),
  SVFOP_CURRENT_TIME_N: type('time with time zone'),
  SVFOP_CURRENT_TIMESTAMP: TIMESTAMPTZ,
  SVFOP_CURRENT_TIMESTAMP_N: TIMESTAMPTZ,
  SVFOP_LOCALTIME: type('time without time zone'),
  SVFOP_LOCALTIME_N: type('time without time zone'),
  SVFOP_LOCALTIMESTAMP: TIMESTAMP,
  SVFOP_LOCALTIMESTAMP_N: TIMESTAMP,
  SVFOP_CURRENT_ROLE: NAME,
  SVFOP_CURRENT_USER: NAME,
  SVFOP_USER: NAME,
  SVFOP_SESSION_USER: NAME,
  SVFOP_CURRENT_CATALOG: NAME,
  SVFOP_CURRENT_SCHEMA: NAME,
};

export function expressionType(ctx: ImportContext, node: Node | undefined, scope: TypeScope): TypeRef | undefined {
  const kind = nodeKind(node);
  const f = unwrap(node) ?? {};
  const sub = (n: Node | undefined) => expressionType(ctx, n, scope);
  switch (kind) {
    case 'ColumnRef':
      return scope.column(stringList(f.fields));
    case 'TypeCast':
      return ctx.typeRef(f.typeName);
    case 'CollateClause':
      return sub(f.arg);
    case 'A_Const':
      if (f.isnull || f.sval) return LITERAL;
      if (f.boolval) return BOOLEAN;
      if (f.bsval) return type('bit');
      if (f.fval) return numberLiteral(String(f.fval.fval ?? ''));
      return INTEGER;
    case 'FuncCall': {
      const name = stringList(f.funcname);
      const args = ((f.args as Node[] | undefined) ?? []).map(sub);
      const base = name[name.length - 1]!;
      if (f.agg_star) return base === 'count' ? BIGINT : undefined;
      if (name.length === 1 || name[0] === 'pg_catalog') {
        if (name.length === 1) {
          const user = userFunction(ctx, name, args.length);
          if (user) return user;
        }
        const rule = FUNCTIONS[base];
        if (rule) return typeof rule === 'function' ? rule(args) : rule;
        return undefined;
      }
      return userFunction(ctx, name, args.length);
    }
    case 'A_Expr': {
      switch (f.kind) {
        case 'AEXPR_OP': {
          const op = stringList(f.name).join('');
          if (!f.lexpr) {
            const operand = sub(f.rexpr);
            return op === '-' || op === '+' ? (operand && operand !== LITERAL ? bare(operand) : undefined) : op === '@' ? operand : undefined;
          }
          return operatorType(op, sub(f.lexpr), sub(f.rexpr));
        }
        case 'AEXPR_NULLIF':
          return sub(f.lexpr);
        default:
          // ANY / ALL, IN, LIKE, SIMILAR, BETWEEN, IS [NOT] DISTINCT FROM.
          return BOOLEAN;
      }
    }
    case 'BoolExpr':
    case 'NullTest':
    case 'BooleanTest':
      return BOOLEAN;
    case 'SubLink':
      if (f.subLinkType === 'EXPR_SUBLINK') return scope.subquery(f.subselect);
      if (f.subLinkType === 'ARRAY_SUBLINK') {
        const inner = scope.subquery(f.subselect);
        return inner && arrayOf(inner === LITERAL ? TEXT : inner);
      }
      return BOOLEAN;
    case 'CoalesceExpr':
      return commonType(((f.args as Node[] | undefined) ?? []).map(sub));
    case 'MinMaxExpr':
      return commonType(((f.args as Node[] | undefined) ?? []).map(sub));
    case 'CaseExpr': {
      const results = ((f.args as Node[] | undefined) ?? []).map((w) => sub(unwrap(w, 'CaseWhen')?.result));
      results.push(f.defresult ? sub(f.defresult) : LITERAL);
      return commonType(results);
    }
    case 'A_ArrayExpr': {
      const elements = ((f.elements as Node[] | undefined) ?? []).map(sub);
      const common = commonType(elements);
      return common && arrayOf(common === LITERAL ? TEXT : common);
    }
    case 'A_Indirection': {
      const base = sub(f.arg);
      if (!base) return undefined;
      const steps = (f.indirection as Node[] | undefined) ?? [];
      if (steps.every((s) => nodeKind(s) === 'A_Indices')) {
        const sliced = steps.some((s) => unwrap(s, 'A_Indices')?.is_slice);
        return sliced ? base : { ...base, arrayDims: Math.max(0, base.arrayDims - steps.length), modifiers: base.modifiers };
      }
      return compositeField(ctx, base, steps);
    }
    case 'SQLValueFunction':
      return SQL_VALUE_FUNCTIONS[f.op as string];
    case 'RowExpr':
      return type('record');
    case 'GroupingFunc':
      return INTEGER;
    case 'ParamRef':
      return ctx.queryParameters[Number(f.number ?? 0) - 1];
    case 'XmlExpr':
    case 'XmlSerialize':
      return type(kind === 'XmlSerialize' ? 'text' : 'xml');
    default:
      return undefined;
  }
}

/** `(composite).field` on a composite type or a table's row type of the model. */
function compositeField(ctx: ImportContext, base: TypeRef, steps: Node[]): TypeRef | undefined {
  let current: TypeRef | undefined = base;
  for (const step of steps) {
    if (!current) return undefined;
    if (nodeKind(step) === 'A_Indices') {
      current = element(current);
      continue;
    }
    const field = unwrap(step, 'String')?.sval as string | undefined;
    if (!field || !current.schema) return undefined;
    const owner: TypeRef = current;
    const ref = { schema: owner.schema, name: owner.name };
    const type = ctx.findType(ref);
    const table = ctx.findTable(ref);
    const columns: { name: string; type: TypeRef }[] = type?.kind === 'composite' ? type.attributes : table?.columns ?? [];
    current = columns.find((c) => c.name === field)?.type;
  }
  return current;
}

/** `unknown` for an output column Postgres would have made text. */
export function outputType(t: TypeRef | undefined): TypeRef | undefined {
  return t === LITERAL ? TEXT : t;
}

