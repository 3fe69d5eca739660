/**
 * Code the import runs past without following: a function called at top level (`SELECT
 * f('t')`, `SELECT * FROM f()`, `CALL p()`) whose body runs DDL or dynamic SQL that dynamic-sql.ts
 * could not follow, or that is not in the script at all (an extension's function such as
 * `periods.add_period('prices', ...)`), and DO blocks part of which could not be followed. Each
 * is recorded in `schema.dynamicSql` so rules can say "could not see" about what it may have
 * created instead of asserting it is absent; what was followed is in the model itself.
 */
import type { Node } from '@pgsql/types';
import { keyOf } from '../../model/names';
import type { DynamicDdlKind, DynamicSqlSite, QualifiedName } from '../../model/types';
import { type Fields, listName, unwrap } from '../ast';
import type { ImportContext } from '../context';

/** What a body could do to tables, by the words it contains (DDL in static statements or in EXECUTE strings). */
const KIND_WORDS: [DynamicDdlKind, RegExp][] = [
  ['row-level-security', /\brow\s+level\s+security\b/i],
  ['policy', /\b(create|alter|drop)\s+policy\b/i],
  ['trigger', /\b(create|drop)\s+(or\s+replace\s+)?(constraint\s+)?trigger\b/i],
  ['index', /\b(create|drop)\s+(unique\s+)?index\b/i],
  ['constraint', /\b(add|drop|validate)\s+constraint\b|\bexclude\s+using\b|\b(add\s+)?(primary\s+key|foreign\s+key|unique|check)\s*\(/i],
  ['column', /\b(add|drop|alter)\s+column\b/i],
  ['table', /\b(create|drop)\s+(unlogged\s+|temp\s+|temporary\s+)?table\b|\bpartition\s+of\b/i],
  ['function', /\b(create|drop)\s+(or\s+replace\s+)?(function|procedure)\b/i],
];

/** Dynamic SQL: EXECUTE of anything but a constant string (the DO-block reader follows those). */
const DYNAMIC_EXECUTE = /\bexecute\s+(?!'(?:[^']|'')*'\s*;|function\b|procedure\b)/i;
const ANY_DDL = /\b(create|alter|drop|grant|revoke|comment\s+on)\b/i;

/** Calls that never change the schema: catalog functions and what pg_dump and ORMs emit. */
const HARMLESS = new Set([
  'set_config', 'setval', 'nextval', 'currval', 'pg_notify', 'pg_sleep', 'now', 'current_setting', 'version',
  'obj_description', 'col_description', 'has_table_privilege', 'pg_advisory_lock', 'pg_advisory_xact_lock',
  'pg_advisory_unlock', 'pg_catalog_check', 'pg_extension_config_dump', 'pg_reload_conf', 'pg_stat_reset',
  'count', 'exists', 'coalesce', 'format', 'concat', 'json_build_object', 'jsonb_build_object', 'row_to_json',
]);

export function ddlKindsOf(body: string): DynamicDdlKind[] {
  const kinds = KIND_WORDS.filter(([, re]) => re.test(body)).map(([kind]) => kind);
  if (kinds.length === 0 && (DYNAMIC_EXECUTE.test(body) || ANY_DDL.test(body))) kinds.push('other');
  return kinds;
}

/** A string naming a relation, as `'t'`, `'s.t'` or `'"S"."T"'` would (regclass input). */
function relationName(text: string): { schema?: string; name: string } | undefined {
  const parts: string[] = [];
  for (const m of text.trim().matchAll(/"((?:[^"]|"")*)"|([^."]+)/g)) parts.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.trim().toLowerCase());
  if (parts.length === 0 || parts.length > 2 || parts.some((p) => p === '')) return undefined;
  return parts.length === 2 ? { schema: parts[0], name: parts[1]! } : { name: parts[0]! };
}

/** Tables of the model the call's arguments name: string literals, or casts of them (`'t'::regclass`). */
function namedTables(ctx: ImportContext, args: Node[] | undefined): QualifiedName[] {
  const found = new Map<string, QualifiedName>();
  for (const arg of args ?? []) {
    const value = unwrap(arg, 'NamedArgExpr')?.arg ?? arg;
    const literal = unwrap(unwrap(value, 'TypeCast')?.arg ?? value, 'A_Const')?.sval?.sval;
    if (typeof literal !== 'string') continue;
    const name = relationName(literal);
    const table = name && ctx.findTable(name);
    if (table) found.set(keyOf(table), { schema: table.schema, name: table.name });
  }
  return [...found.values()];
}

function record(ctx: ImportContext, site: DynamicSqlSite): void {
  (ctx.schema.dynamicSql ??= []).push(site);
}

/** One top-level call: recorded when its body may change tables or cannot be seen. */
export function recordCall(ctx: ImportContext, call: Fields | undefined): void {
  if (!call) return;
  const name = listName(call.funcname as Node[] | undefined);
  if (name.schema === 'pg_catalog' || name.schema === 'information_schema' || HARMLESS.has(name.name)) return;
  const tables = namedTables(ctx, call.args as Node[] | undefined);
  const routines = ctx.findRoutines(name);
  const source = ctx.source();
  if (routines.length > 0) {
    const kinds = [...new Set(routines.flatMap(({ routine }) => ddlKindsOf(routine.body)))];
    if (kinds.length === 0) return;
    const routine = routines[0]!.routine;
    record(ctx, { via: 'call', routine: { schema: routine.schema, name: routine.name }, tables, kinds, source });
    return;
  }
  // Not in the script (an extension's function, or one made elsewhere): its body is unseen. Only
  // calls naming a table are kept; `SELECT some_function()` alone says nothing about which.
  if (tables.length === 0) return;
  record(ctx, { via: 'call', routine: { schema: name.schema ?? ctx.searchPath[0] ?? 'public', name: name.name }, tables, source });
}

/** A DO block part of which the block reader could not follow (dynamic-sql.ts says which). */
export function recordDoBlockSite(ctx: ImportContext, body: string): void {
  const kinds = ddlKindsOf(body);
  record(ctx, { via: 'do-block', tables: [], kinds: kinds.length > 0 ? kinds : ['other'], source: ctx.source() });
}
