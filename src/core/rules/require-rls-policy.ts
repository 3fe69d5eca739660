import { defineRule } from './types';

/**
 * Row-level security enabled with no policy: Postgres then denies every row to everyone but the
 * owner and superusers. Usually a policy was forgotten, and the application sees empty tables.
 */
export default defineRule({
  meta: {
    id: 'require-rls-policy',
    category: 'security',
    description: 'A table with row-level security enabled needs at least one policy.',
    recommended: 'info',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        if (!table.rowLevelSecurity || table.policies.length > 0) return;
        context.report({
          target: { schema: table.schema, table: table.name },
          message: `Row-level security is enabled on ${table.name} but it has no policy: only its owner (and BYPASSRLS roles) can see any row.`,
          help: 'If the table is meant to be closed to every other role, say so with -- schemawise-ignore require-rls-policy; otherwise add a policy (CREATE POLICY ...).',
        });
      },
    };
  },
});
