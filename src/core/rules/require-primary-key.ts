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
        // pg_partman's template tables and other tables in tools' schemas are not the application's
        // to key, and not visited (RuleMeta.platformTables). A framework's table in the application's
        // schema is: Rails' old schema_migrations has no key, and logical replication cannot
        // replicate its deletes.
        if (table.primaryKey || table.partitionOf) return;
        // A table with no columns (a placeholder, a test fixture) has nothing to key.
        if (table.columns.length === 0) return;
        // A unique, non-null column set would do as a key (Synapse keys most tables by a unique
        // index); say so in the help.
        const notNull = (columns: (string | undefined)[]) => columns.length > 0 && columns.every((name) => name !== undefined && columnsNamed(table, name)[0]?.notNull);
        const candidate =
          table.uniqueConstraints.find((u) => notNull(u.columns)) ??
          table.indexes.filter((ix) => ix.unique && !ix.where && !ix.partitionOf).map((ix) => ({ columns: ix.elements.map((e) => e.column) })).find((ix) => notNull(ix.columns));
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
