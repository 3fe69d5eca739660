import { runsOnSupabase, SUPABASE_PREINSTALLED_EXTENSIONS } from './platforms';
import { defineRule } from './types';

/** Installed in pg_catalog whatever the script says, or by Postgres itself. */
const NOT_RELOCATED = new Set(['plpgsql']);

/**
 * An extension installed in `public` (splinter 0014): its functions, types and operators share
 * the schema every role searches first and (before Postgres 15) may create objects in, so a
 * role can shadow or hijack them; the schema's API (PostgREST exposes `public`) fills with the
 * extension's objects; and `DROP SCHEMA public` takes the extension with it. A schema of its
 * own (`CREATE EXTENSION x SCHEMA extensions`) keeps them apart.
 *
 * A Supabase project's `CREATE EXTENSION IF NOT EXISTS pgcrypto` with no schema is not reported:
 * the platform installed pgcrypto in `extensions` before the project's first migration, so the
 * statement changes nothing there. Named `SCHEMA public`, or any other extension, it is reported.
 */
export default defineRule({
  meta: {
    id: 'no-extension-in-public',
    category: 'security',
    description: 'Extensions should be installed in their own schema, not public.',
    recommended: 'info',
    strict: 'warn',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      end() {
        const supabase = runsOnSupabase(context.schema);
        for (const extension of Object.values(context.schema.extensions)) {
          if (extension.schema !== 'public' || NOT_RELOCATED.has(extension.name)) continue;
          if (supabase && extension.schemaFromSearchPath && SUPABASE_PREINSTALLED_EXTENSIONS.has(extension.name)) continue;
          context.report({
            target: { schema: 'public', name: extension.name },
            message: `Extension ${extension.name} is installed in the public schema.`,
            help: `Install it in a schema of its own: CREATE SCHEMA extensions; CREATE EXTENSION ${extension.name} SCHEMA extensions (ALTER EXTENSION ... SET SCHEMA moves a relocatable one), and put that schema on search_path where it is used.`,
            ...(extension.source ? { source: extension.source } : {}),
          });
        }
      },
    };
  },
});
