import { defineRule } from './types';

/**
 * Very wide tables usually hold several entities or optional groups of attributes; every row
 * update writes the whole row again (MVCC), so wide hot rows cost I/O.
 */
export default defineRule({
  meta: {
    id: 'no-wide-table',
    category: 'structure',
    description: 'Tables should not have more columns than the limit (default 50).',
    recommended: 'info',
    strict: 'warn',
    pattern: 'sound-design',
    foreignTables: true,
    defaultOptions: { maxColumns: 50 },
  },
  create(context) {
    const max = Number(context.options.maxColumns ?? 50);
    return {
      table(table) {
        if (table.partitionOf || table.columns.length <= max) return;
        context.report({
          target: { schema: table.schema, table: table.name },
          message: `Table ${table.name} has ${table.columns.length} columns (limit ${max}).`,
          help: 'Split groups of columns that change together, or that are mostly null, into their own tables.',
        });
      },
    };
  },
});
