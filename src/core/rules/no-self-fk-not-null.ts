import { columnsNamed, ownForeignKeys } from './heuristics';
import { defineRule } from './types';

/**
 * A NOT NULL foreign key to its own table: the first row has no row to point at, so the table
 * can only be filled with deferred constraints or by pointing rows at themselves.
 */
export default defineRule({
  meta: {
    id: 'no-self-fk-not-null',
    category: 'keys',
    description: 'A self-referencing foreign key column must be nullable.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'adjacency-list',
  },
  create(context) {
    return {
      table(table) {
        for (const fk of ownForeignKeys(table)) {
          if (fk.references.schema !== table.schema || fk.references.name !== table.name) continue;
          // With MATCH SIMPLE one NULL column exempts the row, so a root needs every column NOT NULL
          // to be impossible. A self FK on the key itself (id -> id) is a different smell.
          const allRequired = fk.columns.every((name) => columnsNamed(table, name)[0]?.notNull);
          if (!allRequired || fk.columns.join() === fk.referencedColumns.join()) continue;
          const keyColumns = new Set(table.primaryKey?.columns ?? []);
          const required = fk.columns.filter((name) => !keyColumns.has(name));
          if (required.length === 0) continue;
          context.report({
            target: { schema: table.schema, table: table.name, column: required[0], name: fk.name },
            message: `${table.name}.${required.join(', ')} references ${table.name} and is NOT NULL: every row needs a parent, so a root can only point at itself.`,
            help: 'Make the column nullable so roots have no parent (deferring the key does not give the first row one).',
            source: fk.source,
            fix: {
              kind: 'changes',
              description: `Allow NULL in ${table.name} (${required.join(', ')})`,
              changes: required.map((column) => ({ kind: 'alter-column' as const, table: { schema: table.schema, name: table.name }, column, set: { notNull: false } })),
            },
          });
        }
      },
    };
  },
});
