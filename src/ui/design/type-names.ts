/**
 * The type picker's suggestions and the built-in types a typed name may resolve to. A type the
 * user types is parsed by Postgres's own grammar (check.ts, in a worker); this module then says
 * whether the name exists: built in, a type of the schema (enum, domain, composite, range), or
 * one that columns of the schema already use (an extension's type, say).
 */
import { keyOf, type Schema, type TypeRef } from '../../core/model';
import { formatType } from '../../core/model/format-type';
import { shortType } from '../../core/model/short-type';
import { fail } from './errors';

/** What the picker offers first, spelled as people write them. */
export const COMMON_TYPES = [
  'bigint',
  'integer',
  'smallint',
  'text',
  'varchar(255)',
  'boolean',
  'timestamptz',
  'timestamp',
  'date',
  'time',
  'interval',
  'numeric(12,2)',
  'real',
  'double precision',
  'uuid',
  'jsonb',
  'json',
  'bytea',
  'inet',
  'cidr',
  'macaddr',
  'tsvector',
  'int4range',
  'int8range',
  'numrange',
  'tstzrange',
  'daterange',
  'text[]',
  'integer[]',
] as const;

/** Canonical names (format_type) of the built-in types, as the parser gives them. */
const BUILTIN = new Set([
  'smallint', 'integer', 'bigint', 'numeric', 'real', 'double precision', 'money',
  'text', 'character varying', 'character', 'char', 'name', 'citext',
  'bytea', 'boolean', 'date', 'time without time zone', 'time with time zone',
  'timestamp without time zone', 'timestamp with time zone', 'interval',
  'uuid', 'json', 'jsonb', 'jsonpath', 'xml', 'inet', 'cidr', 'macaddr', 'macaddr8',
  'bit', 'bit varying', 'point', 'line', 'lseg', 'box', 'path', 'polygon', 'circle',
  'tsvector', 'tsquery', 'int4range', 'int8range', 'numrange', 'tsrange', 'tstzrange', 'daterange',
  'int4multirange', 'int8multirange', 'nummultirange', 'tsmultirange', 'tstzmultirange', 'datemultirange',
  'oid', 'regclass', 'regtype', 'regproc', 'regprocedure', 'regnamespace', 'regrole', 'regconfig',
  'pg_lsn', 'pg_snapshot', 'txid_snapshot', 'tid', 'xid', 'xid8', 'cid',
]);

/** The schema's own types the picker lists: enums, domains, composites and ranges. */
export function schemaTypeNames(schema: Schema): string[] {
  return Object.values(schema.types)
    .filter((t) => t.kind !== 'shell' && t.kind !== 'base')
    .map((t) => shortType({ schema: t.schema, name: t.name, modifiers: [], arrayDims: 0 }))
    .sort();
}

/** Type names columns of the schema use (extension types such as `ltree` or `vector` among them). */
function usedTypes(schema: Schema): Set<string> {
  const used = new Set<string>();
  for (const table of Object.values(schema.tables)) for (const column of table.columns) used.add(formatType({ ...column.type, modifiers: [], arrayDims: 0 }));
  return used;
}

/**
 * The parsed type resolved against the schema: an unqualified name that is not built in finds a
 * type of the `public` schema (the default search path); an unknown name is an error.
 */
export function resolveType(schema: Schema, parsed: TypeRef): TypeRef {
  if (!parsed.schema && BUILTIN.has(parsed.name)) return parsed;
  const schemaName = parsed.schema ?? 'public';
  const own = schema.types[keyOf({ schema: schemaName, name: parsed.name })];
  if (own) return { ...parsed, schema: own.schema };
  const bare = formatType({ ...parsed, modifiers: [], arrayDims: 0 });
  if (usedTypes(schema).has(bare)) return parsed;
  const qualified = formatType({ ...parsed, schema: parsed.schema ?? 'public', modifiers: [], arrayDims: 0 });
  if (usedTypes(schema).has(qualified)) return { ...parsed, schema: schemaName };
  fail(`Type ${bare} does not exist: not a built-in type, nor an enum, domain or other type of this schema.`);
}
