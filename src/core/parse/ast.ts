/**
 * Small readers over libpg-query's JSON AST (the node shapes of Postgres's parsenodes.h, as typed
 * by @pgsql/types). Nodes are wrapped: `{ "ColumnRef": { ... } }`.
 */
import { deparseSync } from 'pgsql-deparser';
import type { Node, RangeVar, TypeName } from '@pgsql/types';
import type { TypeRef } from '../model/types';
import { PRETTY_DEPTH, treeDepth } from './tree-depth';
import { lookupTable } from '../model/lookup';

/** A node of any kind, unwrapped to its fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Fields = Record<string, any>;

/** The single key of a wrapped node (`'ColumnRef'`) and its fields. */
export function nodeKind(node: Node | undefined): string | undefined {
  return node ? Object.keys(node)[0] : undefined;
}

export function unwrap(node: Node | undefined, kind?: string): Fields | undefined {
  if (!node) return undefined;
  const key = Object.keys(node)[0];
  if (!key || (kind && key !== kind)) return undefined;
  return (node as Fields)[key] as Fields;
}

/** The value of a String / Integer / Float / Boolean node (as text). */
export function stringValue(node: Node | undefined): string | undefined {
  const f = node as Fields | undefined;
  if (!f) return undefined;
  if (f.String) return f.String.sval ?? '';
  if (f.Integer) return String(f.Integer.ival ?? 0);
  if (f.Float) return f.Float.fval;
  if (f.Boolean) return f.Boolean.boolval ? 'true' : 'false';
  if (f.A_Star) return '*';
  return undefined;
}

export function stringList(nodes: Node[] | undefined): string[] {
  return (nodes ?? []).map((n) => stringValue(n) ?? '');
}

export function rangeVarName(rv: RangeVar): { schema?: string; name: string } {
  return rv.schemaname ? { schema: rv.schemaname, name: rv.relname ?? '' } : { name: rv.relname ?? '' };
}

/** A possibly qualified name from a list of String nodes (`schema.name` or `name`). */
export function listName(nodes: Node[] | undefined): { schema?: string; name: string } {
  const parts = stringList(nodes);
  const name = parts[parts.length - 1] ?? '';
  return parts.length >= 2 ? { schema: parts[parts.length - 2], name } : { name };
}

/**
 * Deparsed text by node, while an incremental import runs (parse-cache.ts): its parse trees are
 * reused, unchanged, from one import to the next, so a node's text is too. Keyed by identity,
 * so nodes built during an import (fresh objects) never hit an older entry.
 */
let deparseMemo: WeakMap<object, string> | undefined;

export function setDeparseMemo(memo: WeakMap<object, string> | undefined): void {
  deparseMemo = memo;
}

/**
 * Whether the node is deparsed on one line: when a string in it (a name, a constant) holds a line
 * feed, which pretty printing would indent, and when it nests deeper than PRETTY_DEPTH.
 */
function onOneLine(node: Node): boolean {
  let json: string;
  try {
    json = JSON.stringify(node);
  } catch {
    return true; // too deep even to serialise
  }
  if (json.includes('\\n')) return true;
  // Each level takes at least one bracket of JSON: only large nodes can be deep, and only they are measured.
  return json.length > 2 * PRETTY_DEPTH && treeDepth(node, PRETTY_DEPTH).depth > PRETTY_DEPTH;
}

/** Deparses an expression node to canonical SQL text. */
export function deparseNode(node: Node | undefined): string {
  if (!node) return '';
  const known = deparseMemo?.get(node);
  if (known !== undefined) return known;
  let text: string;
  try {
    // The deparser's pretty mode indents every line of its output, the lines of a quoted name
    // or string included: a name holding a line break would come out changed. Such nodes (rare)
    // are printed on one line instead, and so are deep ones (tree-depth.ts: the indenting costs
    // the square of the depth).
    text = deparseSync(node as never, onOneLine(node) ? { pretty: false } : undefined).trim();
  } catch {
    text = `/* expression the deparser cannot print: ${nodeKind(node)} */`;
  }
  deparseMemo?.set(node, text);
  return text;
}

/** pg_catalog's internal type names -> the names format_type prints. */
const CATALOG_TYPE_NAMES = lookupTable<string>({
  int2: 'smallint',
  int4: 'integer',
  int8: 'bigint',
  float4: 'real',
  float8: 'double precision',
  bool: 'boolean',
  varchar: 'character varying',
  bpchar: 'character',
  timestamp: 'timestamp without time zone',
  timestamptz: 'timestamp with time zone',
  time: 'time without time zone',
  timetz: 'time with time zone',
  varbit: 'bit varying',
  decimal: 'numeric',
  int: 'integer',
  integer: 'integer',
  smallint: 'smallint',
  bigint: 'bigint',
  real: 'real',
  boolean: 'boolean',
  numeric: 'numeric',
  interval: 'interval',
  bit: 'bit',
  char: 'character',
  character: 'character',
});

/** Built-in types that may be written unqualified; anything else is looked up as a user type. */
const BUILTIN_TYPES = new Set([
  'text', 'uuid', 'json', 'jsonb', 'bytea', 'date', 'inet', 'cidr', 'macaddr', 'macaddr8', 'money',
  'xml', 'tsvector', 'tsquery', 'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle', 'oid',
  'regclass', 'regtype', 'regproc', 'regprocedure', 'regoper', 'regnamespace', 'regrole',
  'regconfig', 'regdictionary', 'name', '"char"', 'int4range', 'int8range', 'numrange', 'tsrange',
  'tstzrange', 'daterange', 'int4multirange', 'int8multirange', 'nummultirange', 'tsmultirange',
  'tstzmultirange', 'datemultirange', 'record', 'void', 'trigger', 'event_trigger', 'anyelement',
  'anyarray', 'anynonarray', 'anyenum', 'anyrange', 'anycompatible', 'cstring', 'internal',
  'pg_lsn', 'txid_snapshot', 'pg_snapshot', 'xid', 'xid8', 'cid', 'tid', 'jsonpath', 'refcursor',
  'aclitem', 'language_handler', 'fdw_handler', 'index_am_handler', 'table_am_handler',
  'unknown', 'pg_node_tree', 'smgr', 'gtsvector', 'int2vector', 'oidvector',
  ...Object.keys(CATALOG_TYPE_NAMES),
]);

/** `serial` and friends: an integer column with a sequence-backed default. */
export const SERIAL_TYPES = lookupTable<string>({
  smallserial: 'smallint',
  serial2: 'smallint',
  serial: 'integer',
  serial4: 'integer',
  bigserial: 'bigint',
  serial8: 'bigint',
});

export function isBuiltinTypeName(name: string): boolean {
  return BUILTIN_TYPES.has(name);
}

/**
 * A TypeName node as written: qualified name parts, modifiers and array dimensions. Resolving a
 * user type's schema through search_path is the caller's job (it knows the model).
 */
export function readTypeName(tn: TypeName | undefined): TypeRef & { written: string[]; setof: boolean; pctType: boolean } {
  const ref = readTypeRef(tn);
  return { ...ref, written: stringList(tn?.names), setof: Boolean(tn?.setof), pctType: Boolean(tn?.pct_type) };
}

/** `readTypeName` without the extras: the name, schema, modifiers and array dimensions only. */
export function readTypeRef(tn: TypeName | undefined): TypeRef {
  const parts = stringList(tn?.names);
  const modifiers = (tn?.typmods ?? []).map((m) => {
    const c = unwrap(m, 'A_Const');
    if (c) {
      if (c.ival) return String(c.ival.ival ?? 0);
      if (c.sval) return c.sval.sval ?? '';
      if (c.fval) return c.fval.fval;
      if (c.ival === undefined && !c.sval && !c.fval) return '0';
    }
    const col = unwrap(m, 'ColumnRef');
    if (col) return stringList(col.fields).join('.');
    return deparseNode(m);
  });
  const arrayDims = tn?.arrayBounds?.length ?? 0;
  let schema: string | undefined;
  let name = parts[parts.length - 1] ?? '';
  if (parts.length >= 2) schema = parts[parts.length - 2];
  if (schema === 'pg_catalog') {
    schema = undefined;
    name = CATALOG_TYPE_NAMES[name] ?? name;
  } else if (!schema && CATALOG_TYPE_NAMES[name] && name !== 'char') {
    // Unqualified `int4`, `varchar`, ... resolve to pg_catalog; `char` unquoted is the keyword
    // form, which the grammar already qualified, so a bare one here was written `"char"`.
    name = CATALOG_TYPE_NAMES[name]!;
  }
  // INTERVAL's typmod is a bit mask of fields (`DAY TO SECOND`) plus optional precision; it is
  // kept as the grammar's numbers, which is enough to compare two columns.
  // numeric(p) means numeric(p,0): Postgres stores the scale.
  if (name === 'numeric' && !schema && modifiers.length === 1) modifiers.push('0');
  const ref: TypeRef = { name, modifiers, arrayDims };
  if (schema) ref.schema = schema;
  return ref;
}

/**
 * Visits every field of a parse tree, depth first, in order: `visit(key, child)` is called for
 * each field of each object (a node's kind is the key of its wrapper: `ColumnRef`, `RangeVar`);
 * returning `false` skips what is below that field.
 */
export function forEachField(tree: unknown, visit: (key: string, child: Fields) => boolean | void): void {
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value as Fields)) {
      if (visit(key, child as Fields) !== false) walk(child);
    }
  };
  walk(tree);
}

/** Distinct column names an expression references (not inside sub-selects): for CHECK naming. */
export function referencedColumns(node: Node | undefined): string[] {
  const found = new Set<string>();
  forEachField(node, (key, child) => {
    if (key === 'SubLink') return false;
    if (key === 'ColumnRef') {
      const fields = stringList(child.fields);
      const last = fields[fields.length - 1];
      if (last && last !== '*') found.add(last);
      return false;
    }
    return true;
  });
  return [...found];
}

/** Relations a query reads (RangeVar nodes anywhere inside it, CTE names excluded). */
export function referencedRelations(node: unknown): { schema?: string; name: string }[] {
  // One walk collects both; CTE names are applied at the end, since a FROM item may come before
  // its WITH clause in the tree's key order.
  const found: { schema?: string; name: string }[] = [];
  const cteNames = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const key in value) {
      const child = (value as Fields)[key];
      if (key === 'RangeVar') {
        found.push(rangeVarName(child as RangeVar));
        continue;
      }
      if (key === 'CommonTableExpr') cteNames.add((child as Fields).ctename);
      walk(child);
    }
  };
  walk(node);
  return cteNames.size === 0 ? found : found.filter((rv) => rv.schema || !cteNames.has(rv.name));
}

/**
 * FigureColname as Postgres uses it to name index columns: a column's name, a function's name,
 * `case`, `coalesce`... or undefined where Postgres falls back to `expr`.
 */
export function figureColumnName(node: Node | undefined): string | undefined {
  const kind = nodeKind(node);
  const f = unwrap(node) ?? {};
  switch (kind) {
    case 'ColumnRef': {
      const last = stringList(f.fields).pop();
      return last === '*' ? undefined : last;
    }
    case 'A_Indirection': {
      const last = (f.indirection as Node[] | undefined)?.slice(-1)[0];
      const name = last && nodeKind(last) === 'String' ? stringValue(last) : undefined;
      return name ?? figureColumnName(f.arg);
    }
    case 'FuncCall':
      return stringList(f.funcname).pop();
    case 'A_Expr':
      return f.kind === 'AEXPR_NULLIF' ? 'nullif' : undefined;
    case 'TypeCast':
      return figureColumnName(f.arg) ?? stringList(f.typeName?.names).pop();
    case 'CollateClause':
      return figureColumnName(f.arg);
    case 'CaseExpr':
      return 'case';
    case 'A_ArrayExpr':
      return 'array';
    case 'RowExpr':
      return 'row';
    case 'CoalesceExpr':
      return 'coalesce';
    case 'MinMaxExpr':
      return f.op === 'IS_LEAST' ? 'least' : 'greatest';
    case 'GroupingFunc':
      return 'grouping';
    case 'SubLink':
      return f.subLinkType === 'EXISTS_SUBLINK' ? 'exists' : f.subLinkType === 'ARRAY_SUBLINK' ? 'array' : undefined;
    default:
      return undefined;
  }
}

/** A node with its parser locations removed, for comparing two definitions. */
export function withoutLocations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLocations);
  if (!value || typeof value !== 'object') return value;
  const result: Fields = {};
  for (const [key, child] of Object.entries(value)) if (key !== 'location') result[key] = withoutLocations(child);
  return result;
}

/**
 * A deep copy of a parse tree (plain objects, arrays and scalars, as libpg-query returns).
 * Several times faster than structuredClone on such trees, which matters where every view of a
 * long migration history is copied (lemmy: 173 view queries, 28 ms → 5 ms a pass).
 */
export function copyTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyTree) as T;
  if (!value || typeof value !== 'object') return value;
  const result: Fields = {};
  for (const key in value) result[key] = copyTree((value as Fields)[key]);
  return result as T;
}
