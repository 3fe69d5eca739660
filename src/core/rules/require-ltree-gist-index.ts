import { chooseName } from '../model/auto-names';
import { defineRule } from './types';

/**
 * ltree paths (pattern catalogue) are queried with `@>`, `<@` and `~`: only a GiST (or SP-GiST)
 * index serves those operators; a b-tree index on ltree only helps equality and sorting.
 */
export default defineRule({
  meta: {
    id: 'require-ltree-gist-index',
    category: 'patterns',
    description: 'ltree columns need a GiST index.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'ltree-path',
  },
  create(context) {
    return {
      table(table) {
        if (table.partitionOf) return;
        const taken = new Set(context.index.indexesOf(table).map((ix) => ix.name));
        for (const column of table.columns) {
          if (column.type.name !== 'ltree' || column.type.arrayDims > 0) continue;
          // GiST serves conditions on any of its columns, not only the first.
          const indexed = table.indexes.some((ix) => (ix.method === 'gist' || ix.method === 'spgist') && ix.elements.some((e) => e.column === column.name));
          if (indexed) continue;
          context.report({
            target: { schema: table.schema, table: table.name, column: column.name },
            message: `ltree column ${table.name}.${column.name} has no GiST index.`,
            help: `Subtree queries (${column.name} <@ 'a.b') scan the table without CREATE INDEX ... USING gist (${column.name}).`,
            source: column.source,
            fix: {
              kind: 'changes',
              description: `GiST index on ${table.name}.${column.name}`,
              changes: [{
                kind: 'add-index',
                table: { schema: table.schema, name: table.name },
                index: { name: chooseName(table.name, column.name, 'gist_idx', (n) => taken.has(n)), unique: false, method: 'gist', elements: [{ column: column.name, descending: false }], include: [], nullsNotDistinct: false, only: false },
              }],
            },
          });
        }
      },
    };
  },
});
