import { isInfrastructureTable } from './heuristics';
import { defineRule } from './types';

/** A table with no index at all (not even a primary key): every lookup is a sequential scan. */
export default defineRule({
  meta: {
    id: 'no-table-without-index',
    category: 'indexes',
    description: 'Tables should have at least one index.',
    recommended: 'info',
    strict: 'warn',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        // pg_partman's template tables and other tools' tables are bare on purpose.
        // A table with no columns (a placeholder, a fixture) has nothing to index.
        if (table.partitionOf || table.partitioning || isInfrastructureTable(table) || table.columns.length === 0) return;
        if (context.index.indexesOf(table).length > 0) return;
        context.report({
          target: { schema: table.schema, table: table.name },
          message: `Table ${table.name} has no index.`,
          help: 'Every query reads the whole table. Add a primary key, or index the columns queries filter on.',
        });
      },
    };
  },
});
