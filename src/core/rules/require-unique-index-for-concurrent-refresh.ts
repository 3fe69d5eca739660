import { defineRule } from './types';

/**
 * `REFRESH MATERIALIZED VIEW CONCURRENTLY` keeps the view readable while it refreshes, but
 * Postgres refuses it unless the view has a unique index on plain columns with no WHERE clause.
 * Without one, every refresh locks readers out for its whole duration.
 */
export default defineRule({
  meta: {
    id: 'require-unique-index-for-concurrent-refresh',
    category: 'patterns',
    description: 'Materialized views need a unique, non-partial index on columns to refresh concurrently.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'mv-concurrent-refresh',
  },
  create(context) {
    return {
      view(view) {
        if (!view.materialized) return;
        const usable = view.indexes.some((ix) => ix.unique && !ix.where && ix.elements.every((e) => e.column !== undefined));
        if (usable) return;
        context.report({
          target: { schema: view.schema, table: view.name },
          message: `Materialized view ${view.name} cannot be refreshed concurrently: it has no unique index on columns.`,
          help: 'Add a unique index on the columns that identify a row (the GROUP BY keys), so REFRESH ... CONCURRENTLY does not block readers.',
          source: view.source,
          fix: { kind: 'pattern', description: `Apply mv-concurrent-refresh to ${view.name}`, pattern: 'mv-concurrent-refresh', target: { schema: view.schema, name: view.name } },
        });
      },
    };
  },
});
