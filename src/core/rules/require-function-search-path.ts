import { keyOf } from '../model/names';
import type { RoutineDef, Schema } from '../model/types';
import { plpgsqlBodyNamesObjects, sqlBodyNamesObjects, type LookupOptions } from './routine-names';
import { defineRule } from './types';

/** Languages whose bodies resolve names at run time through search_path. */
const NAME_RESOLVING = new Set(['sql', 'plpgsql', 'plv8', 'plpython3u', 'plperl', 'pltcl']);

/** Whether the SET search_path is safe for a SECURITY DEFINER function: '' or pg_temp last. */
function safeForDefiner(path: string): boolean {
  // pg_temp is searched first unless it is listed, so it must come last (or the path be empty).
  const parts = path.split(/,\s*/).map((p) => p.replace(/^"|"$/g, ''));
  return path === '' || path === "''" || path === '""' || parts[parts.length - 1] === 'pg_temp';
}

/** Schemas a platform or an extension owns the functions of (Supabase's, by its conventions). */
const PLATFORM_SCHEMAS = /^(extensions|graphql|graphql_public|realtime|supabase_functions|pgbouncer|vault|pgsodium|net)$/;

function isPlatformRoutine(routine: RoutineDef, schema: Schema): boolean {
  if (PLATFORM_SCHEMAS.test(routine.schema)) return true;
  // Supabase Auth's helpers, recognised beside its own users table.
  if (routine.schema === 'auth' && /^(uid|role|email|jwt)$/.test(routine.name)) return Boolean(schema.tables[keyOf({ schema: 'auth', name: 'users' })]);
  return routine.schema === 'storage' && Boolean(schema.tables[keyOf({ schema: 'storage', name: 'objects' })]);
}

/**
 * Whether the body may look a name up on the search_path. Only SQL and PL/pgSQL bodies are read;
 * any other language may (C through SPI, PL/Python through plpy), so it answers yes. SQL-standard
 * bodies (BEGIN ATOMIC, RETURN) bind their names when the function is created.
 */
function bodyLooksUp(routine: RoutineDef, options: LookupOptions = {}): boolean {
  if (routine.sqlBody) return false;
  if (routine.language === 'sql') return sqlBodyNamesObjects(routine.body, { ...options, parameters: routine.arguments });
  if (routine.language === 'plpgsql') return plpgsqlBodyNamesObjects(routine.body, { ...options, parameters: routine.arguments });
  return true;
}

function signatureOf(routine: RoutineDef): string {
  return `${routine.name}(${routine.signature})`;
}

/**
 * A SECURITY DEFINER function runs with its owner's rights but resolves unqualified names through
 * the caller's search_path: a caller who can create objects in a schema on that path can make the
 * function call their code as the owner. Pin search_path on the function, unless its body looks
 * nothing up on the path, read strictly (operators and types without a schema count).
 *
 * With `allFunctions`, every function whose body resolves names must
 * pin it too (splinter's function_search_path_mutable): otherwise what the body calls depends on
 * the session that calls it, and an index expression, generated column or trigger using it can
 * break or change meaning under another search_path (pg_dump, for one, runs with an empty one).
 * SQL-standard bodies (BEGIN ATOMIC, RETURN) are exempt: their names are bound when created. So are
 * LANGUAGE sql bodies that name no relation, function or non-catalog type (`select a + b`).
 * A function that is not SECURITY DEFINER runs with its caller's rights, so an unpinned path is a
 * hazard of correctness and hygiene rather than a privilege escalation: the strict preset sets
 * `allFunctions: 'suggest'`, which reports these as suggestions (info); `true` makes them findings.
 */
export default defineRule({
  meta: {
    id: 'require-function-search-path',
    category: 'security',
    description: 'SECURITY DEFINER functions (and, with allFunctions, every function) must set a fixed search_path.',
    recommended: 'error',
    strict: 'error',
    pattern: 'sound-design',
    defaultOptions: { allFunctions: false },
    strictOptions: { allFunctions: 'suggest' },
  },
  create(context) {
    // true: every function is a finding (splinter's policy); 'suggest' (the strict preset's): a suggestion.
    const allFunctions = context.options.allFunctions === true || context.options.allFunctions === 'suggest';
    const asSuggestion = context.options.allFunctions === 'suggest';
    return {
      routine(routine) {
        // A platform's own functions (Supabase's extensions, graphql, auth.uid()) are not the application's.
        if (isPlatformRoutine(routine, context.schema)) return;
        const path = routine.config.search_path;
        if (routine.securityDefiner) {
          if (path !== undefined && safeForDefiner(path)) return;
          // A body that looks nothing up on the path (`LOAD 'safeupdate'`, `select 1`) gives a
          // caller's path nothing to substitute, pg_temp's place included. Read strictly here:
          // operators and types without a schema count (see LookupOptions).
          if (!bodyLooksUp(routine, { strict: true })) return;
          context.report({
            target: { schema: routine.schema, name: signatureOf(routine) },
            message: path === undefined
              ? `SECURITY DEFINER function ${signatureOf(routine)} does not set search_path.`
              : `SECURITY DEFINER function ${signatureOf(routine)} sets search_path to ${path} without pg_temp last.`,
            help: "Add `SET search_path = ''` (and qualify names in the body) or `SET search_path = pg_catalog, pg_temp`.",
            source: routine.source,
          });
          return;
        }
        if (!allFunctions || path !== undefined || routine.sqlBody || !NAME_RESOLVING.has(routine.language)) return;
        // `select a + b`, `select 'Hello, ' || $1`: nothing in the body is looked up by name outside
        // pg_catalog, which Postgres searches first whatever the caller's search_path.
        if (!bodyLooksUp(routine)) return;
        context.report({
          target: { schema: routine.schema, name: signatureOf(routine) },
          message: `${routine.kind === 'procedure' ? 'Procedure' : 'Function'} ${signatureOf(routine)} does not pin search_path: the names in its body resolve through the caller's.`,
          help: "Add `SET search_path = ''` and qualify the names in the body (or list the schemas it uses, e.g. `SET search_path = public, pg_temp`).",
          source: routine.source,
          ...(asSuggestion ? { suggestion: true as const } : {}),
        });
      },
    };
  },
});
