/**
 * Platforms a script is written for, recognised from what it uses but does not create. A platform
 * provides objects the script never shows (schemas, roles, preinstalled extensions), so rules that
 * would otherwise assert something about those objects ask here first.
 */
import { keyOf } from '../model/names';
import type { Schema } from '../model/types';

/** Supabase Auth's helpers, as policies and functions call them. */
const SUPABASE_AUTH_CALL = /\bauth\s*\.\s*(?:uid|jwt|role|email)\s*\(\s*\)/i;

/**
 * Extensions every Supabase project has installed in its `extensions` schema before the first
 * migration runs (pg_dump of a new project: `CREATE EXTENSION ... WITH SCHEMA "extensions"`).
 * A project's `CREATE EXTENSION IF NOT EXISTS pgcrypto` is therefore a no-op there.
 */
export const SUPABASE_PREINSTALLED_EXTENSIONS = new Set(['pgcrypto', 'uuid-ossp', 'pg_stat_statements', 'pgjwt']);

/** The texts of a schema in which a script calls functions: policies, routine bodies, defaults, checks. */
function* callSites(schema: Schema): Generator<string> {
  for (const table of Object.values(schema.tables)) {
    for (const policy of table.policies) {
      if (policy.using) yield policy.using;
      if (policy.withCheck) yield policy.withCheck;
    }
    for (const column of table.columns) if (column.default) yield column.default;
  }
  for (const routine of Object.values(schema.routines)) yield routine.body;
}

/**
 * Whether the script is a Supabase project's: it calls Supabase Auth's helpers (`auth.uid()`) or
 * points a foreign key at `auth.users`, and creates neither itself. A script that creates them is
 * the platform's own set-up (or a stand-in for it), which installs its extensions where it says.
 */
export function runsOnSupabase(schema: Schema): boolean {
  const createsAuth = Object.values(schema.routines).some((r) => r.schema === 'auth') || Boolean(schema.tables[keyOf({ schema: 'auth', name: 'users' })]);
  if (createsAuth) return false;
  const referencesAuthUsers = Object.values(schema.tables).some((t) => t.foreignKeys.some((fk) => fk.references.schema === 'auth' && fk.references.name === 'users'));
  if (referencesAuthUsers) return true;
  for (const text of callSites(schema)) if (SUPABASE_AUTH_CALL.test(text)) return true;
  return false;
}
