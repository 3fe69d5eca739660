import { defineRule } from './types';
import { describeSite, unseenChange } from './unseen';

/**
 * Row-level security enabled with no policy: Postgres then denies every row to everyone but the
 * owner and superusers. Sometimes a policy was forgotten, and the application sees empty tables;
 * as often the table is closed on purpose (secrets, sessions, a table read only through
 * SECURITY DEFINER functions or by a service role), and the schema cannot say which. So it asks
 * in both presets (info), as splinter's `rls_enabled_no_policy` (0008) does.
 */
export default defineRule({
  meta: {
    id: 'require-rls-policy',
    category: 'security',
    description: 'A table with row-level security enabled needs at least one policy.',
    recommended: 'info',
    strict: 'info',
    pattern: 'sound-design',
    // Applications write policies on a platform's tables (Supabase's storage.objects).
    platformTables: true,
  },
  create(context) {
    return {
      table(table) {
        if (!table.rowLevelSecurity || table.policies.length > 0) return;
        const unseen = unseenChange(context.schema, table, ['policy']);
        context.report({
          target: { schema: table.schema, table: table.name },
          message: unseen
            ? `Row-level security is enabled on ${table.name}; could not see a policy on it: ${describeSite(unseen)} may create them.`
            : `Row-level security is enabled on ${table.name} but it has no policy: only its owner (and BYPASSRLS roles) can see any row.`,
          help: 'If the table is meant to be closed to every other role, say so with -- schemawise-ignore require-rls-policy; otherwise add a policy (CREATE POLICY ...).',
        });
      },
    };
  },
});
