import { indexSignature } from './index-shapes';
import type { IndexLike } from './schema-index';
import { defineRule } from './types';

/**
 * Two indexes with the same definition: Postgres maintains both on every write and the planner
 * uses one. A plain index that repeats a constraint's index is just as redundant.
 */
export default defineRule({
  meta: {
    id: 'no-duplicate-index',
    category: 'indexes',
    description: 'No two indexes of a table may have the same definition.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        const seen = new Map<string, string>();
        // Keep the index that matters most: a constraint's, then one attached to the parent's
        // partitioned index (dropping that one would break the parent's), then the first.
        const rank = (ix: IndexLike) => (ix.constraint ? 0 : ix.index?.partitionOf ? 1 : 2);
        const ordered = [...context.index.indexesOf(table)].sort((a, b) => rank(a) - rank(b));
        for (const ix of ordered) {
          if (ix.constraint === 'exclusion') continue;
          const signature = indexSignature(ix) + (ix.unique ? ':unique' : '');
          const first = seen.get(signature) ?? seen.get(indexSignature(ix) + ':unique');
          if (first && ix.index) {
            context.report({
              target: { schema: table.schema, table: table.name, name: ix.name },
              message: `Index ${ix.name} duplicates ${first}.`,
              help: 'Every write maintains both. Drop the duplicate (concurrently, on a live database).',
              source: ix.index.source,
              fix: { kind: 'changes', description: `Drop index ${ix.name}`, changes: [{ kind: 'drop-index', table: { schema: table.schema, name: table.name }, name: ix.name }] },
            });
            continue;
          }
          if (!seen.has(signature)) seen.set(signature, ix.name);
        }
      },
    };
  },
});
