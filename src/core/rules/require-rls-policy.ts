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
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        if (!table.rowLevelSecurity || table.policies.length > 0) return;
        context.report({
          target: { schema: table.schema, table: table.name },
          message: `Row-level security is enabled on ${table.name} but it has no policy.`,
          help: 'With RLS on and no policy, every query by a non-owner role sees no rows. Add a policy (CREATE POLICY ...).',
        });
      },
    };
  },
});
