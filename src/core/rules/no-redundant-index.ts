import { isPrefixOf } from './index-shapes';
import { defineRule } from './types';

/**
 * A non-unique index whose columns are the leading columns of another index on the same table:
 * the longer index serves the same lookups, so the shorter one only costs writes and memory.
 */
export default defineRule({
  meta: {
    id: 'no-redundant-index',
    category: 'indexes',
    description: 'A plain index that is a prefix of another index is redundant.',
    recommended: 'info',
    strict: 'warn',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        const indexes = context.index.indexesOf(table);
        for (const small of indexes) {
          if (!small.index || small.unique) continue;
          const covering = indexes.find((big) => big !== small && isPrefixOf(small, big));
          if (!covering) continue;
          context.report({
            target: { schema: table.schema, table: table.name, name: small.name },
            message: `Index ${small.name} (${small.columns.join(', ')}) is a prefix of ${covering.name} (${covering.columns.join(', ')}).`,
            help: `${covering.name} serves the same lookups; dropping ${small.name} saves its upkeep on every write.`,
            source: small.index.source,
            suggestions: [{ kind: 'changes', description: `Drop index ${small.name}`, changes: [{ kind: 'drop-index', table: { schema: table.schema, name: table.name }, name: small.name }] }],
          });
        }
      },
    };
  },
});
