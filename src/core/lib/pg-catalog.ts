/**
 * pg_catalog's functions, operators, types and relations as Postgres 18 has them, read from Postgres itself
 * (test/support/pg-catalog-builtins.ts regenerates pg-catalog-builtins.json and a test compares).
 */
import builtins from './pg-catalog-builtins.json' with { type: 'json' };

const RELATIONS = new Set(builtins.relations);
const TYPES = new Set(builtins.types);

/** `name(arg,...)` -> return type ('' when polymorphic, `setof t` for a set). */
const FUNCTIONS = new Map<string, string>();
const FUNCTION_NAMES = new Set<string>();
for (const entry of builtins.functions) {
  const close = entry.indexOf(')');
  FUNCTIONS.set(entry.slice(0, close + 1), entry.slice(close + 1));
  FUNCTION_NAMES.add(entry.slice(0, entry.indexOf('(')));
}

/** `op(left,right)` -> result type ('' when polymorphic); a prefix operator has an empty left. */
const OPERATORS = new Map<string, string>();
for (const entry of builtins.operators) {
  const close = entry.lastIndexOf(')');
  OPERATORS.set(entry.slice(0, close + 1), entry.slice(close + 1));
}

/** The result type of pg_catalog's operator `op` on exactly these operand types (left '' for a prefix operator). */
export function catalogOperatorReturn(op: string, left: string, right: string): string | undefined {
  return OPERATORS.get(`${op}(${left},${right})`);
}

export function isCatalogRelation(name: string): boolean {
  return RELATIONS.has(name);
}

export function isCatalogTypeName(typname: string): boolean {
  return TYPES.has(typname);
}

/**
 * The return type of pg_catalog's function `name` taking exactly `argTypes` (pg_type names), or
 * undefined when pg_catalog has no such signature. '' : it exists but returns a polymorphic type.
 */
export function catalogFunctionReturn(name: string, argTypes: readonly string[]): string | undefined {
  if (!FUNCTION_NAMES.has(name)) return undefined;
  return FUNCTIONS.get(`${name}(${argTypes.join(',')})`);
}

/** SQL spellings of built-in types (as the grammar or a declaration writes them) and pg_type's names. */
const SQL_SPELLINGS: Record<string, string> = {
  integer: 'int4', int: 'int4', smallint: 'int2', bigint: 'int8', boolean: 'bool', real: 'float4', float: 'float8',
  'double precision': 'float8', decimal: 'numeric', 'character varying': 'varchar', character: 'bpchar', char: 'bpchar',
  'timestamp without time zone': 'timestamp', 'timestamp with time zone': 'timestamptz', 'time without time zone': 'time',
  'time with time zone': 'timetz', 'bit varying': 'varbit',
};

/**
 * pg_type's name for a built-in type as written (`integer`, `character varying(20)`, `text[]`,
 * `pg_catalog.int4`), or undefined when it is not pg_catalog's. Arrays come out as `_elem`.
 */
export function catalogTypname(written: string, arrayDims = 0): string | undefined {
  let name = written.trim().toLowerCase().replace(/^pg_catalog\./, '');
  let dims = arrayDims;
  while (name.endsWith('[]')) {
    name = name.slice(0, -2).trim();
    dims++;
  }
  name = name.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  if (name.includes('.') || name.includes('"') || name.includes('%')) return undefined;
  const base = SQL_SPELLINGS[name] ?? name;
  const typname = dims > 0 ? `_${base}` : base;
  return TYPES.has(typname) ? typname : undefined;
}
