import { columnsNamed } from './heuristics';
import { defineRule } from './types';

/**
 * A table without a primary key: rows cannot be addressed reliably, logical replication cannot
 * replicate UPDATE/DELETE, and ORMs and admin tools misbehave. Partitions inherit the parent's.
 */
export default defineRule({
  meta: {
    id: 'require-primary-key',
    category: 'keys',
    description: 'Tables must have a primary key.',
    recommended: 'error',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        if (table.primaryKey || table.partitionOf) return;
        // A unique, non-null column set would do as a key; say so in the help.
        const candidate = table.uniqueConstraints.find((u) =>
          u.columns.every((name) => columnsNamed(table, name)[0]?.notNull),
        );
        context.report({
          target: { schema: table.schema, table: table.name },
          message: `Table ${table.name} has no primary key.`,
          help: candidate
            ? `Promote the unique key (${candidate.columns.join(', ')}) to the primary key, or add a surrogate identity key.`
            : 'Add a surrogate key: `id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY`.',
        });
      },
    };
  },
});
