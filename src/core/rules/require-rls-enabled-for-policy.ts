import { defineRule } from './types';
import { describeSite, unseenChange } from './unseen';

/** Policies on a table whose row-level security is off are ignored by Postgres. */
export default defineRule({
  meta: {
    id: 'require-rls-enabled-for-policy',
    category: 'security',
    description: 'A table with policies must have row-level security enabled.',
    recommended: 'error',
    strict: 'error',
    pattern: 'sound-design',
    // Applications write policies on a platform's tables (Supabase's storage.objects).
    platformTables: true,
  },
  create(context) {
    return {
      table(table) {
        if (table.rowLevelSecurity || table.policies.length === 0) return;
        const policies = `${table.policies.length} polic${table.policies.length === 1 ? 'y' : 'ies'}`;
        const unseen = unseenChange(context.schema, table, ['row-level-security']);
        context.report({
          target: { schema: table.schema, table: table.name },
          message: unseen
            ? `${table.name} has ${policies}; could not see row-level security enabled on it: ${describeSite(unseen)} may enable it.`
            : `${table.name} has ${policies} but row-level security is not enabled.`,
          help: 'Policies take effect only after ALTER TABLE ... ENABLE ROW LEVEL SECURITY; until then every row is visible.',
          source: table.policies[0]?.source,
          fix: {
            kind: 'changes',
            description: `Enable row-level security on ${table.name}`,
            changes: [{ kind: 'alter-table', table: { schema: table.schema, name: table.name }, set: { rowLevelSecurity: true } }],
          },
        });
      },
    };
  },
});
