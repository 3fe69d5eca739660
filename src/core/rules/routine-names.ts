/**
 * Whether a LANGUAGE sql body looks anything up by name: an unqualified relation, function or
 * type. Names Postgres resolves in pg_catalog first (operators and casts on built-in types,
 * keywords) and names written with their schema do not depend on the caller's search_path; any
 * unqualified relation, function call (a same-named function with a closer signature elsewhere
 * on the path can win) or non-catalog type might, so this answers "yes" for any of them, and for
 * a body it cannot parse.
 */
import { parseSync } from 'libpg-query';

const NAMED = new Set(['CallStmt', 'CreateStmt', 'CopyStmt']);

export function sqlBodyNamesObjects(body: string): boolean {
  let tree: unknown;
  try {
    tree = parseSync(body);
  } catch {
    return true;
  }
  return names(tree);
}

function names(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(names);
  if (!node || typeof node !== 'object') return false;
  for (const [key, value] of Object.entries(node)) {
    if (NAMED.has(key)) return true;
    // A relation or function written with its schema (pg_catalog.current_setting) is not looked up.
    if (key === 'RangeVar' && !(value as { schemaname?: string }).schemaname) return true;
    if (key === 'FuncCall' && ((value as { funcname?: unknown[] }).funcname?.length ?? 0) < 2) return true;
    // A type outside pg_catalog (`::my_enum`) is looked up on the search_path; `::int` is
    // pg_catalog.int4, and `::text` names a type pg_catalog has, which is searched first.
    if ((key === 'TypeName' || key === 'typeName') && !catalogType(value)) return true;
    if (names(value)) return true;
  }
  return false;
}

/** Built-in types by their unqualified names (those the parser does not qualify itself). */
const CATALOG_TYPES = new Set([
  'text', 'json', 'jsonb', 'jsonpath', 'uuid', 'date', 'bytea', 'inet', 'cidr', 'macaddr', 'macaddr8', 'money', 'xml', 'void', 'record',
  'anyelement', 'anyarray', 'tsvector', 'tsquery', 'regclass', 'regtype', 'regproc', 'name', 'oid', 'timestamptz', 'timetz',
  'int2', 'int4', 'int8', 'float4', 'float8', 'bool', 'bpchar', 'char', 'bit', 'varbit', 'point', 'line', 'lseg', 'box', 'path',
  'polygon', 'circle', 'int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange', 'pg_lsn', 'xid', 'xid8', 'cid',
]);

function catalogType(typeName: unknown): boolean {
  const parts = ((typeName as { names?: { String?: { sval?: string } }[] }).names ?? []).map((n) => n.String?.sval ?? '');
  if (parts.length === 2 && parts[0] === 'pg_catalog') return true;
  return parts.length === 1 && CATALOG_TYPES.has(parts[0]!);
}
