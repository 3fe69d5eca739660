import { column } from './heuristics';
import { defineRule } from './types';

/**
 * Outbox (pattern catalogue): the relay polls for unpublished rows over and over. Without a
 * partial index on them, each poll scans the whole, ever-growing table.
 */
export default defineRule({
  meta: {
    id: 'require-outbox-unpublished-index',
    category: 'patterns',
    description: 'An outbox table needs an index on its unpublished rows.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'outbox',
  },
  create(context) {
    return {
      table(table) {
        if (!/(^|_)outbox(_|$)/.test(table.name) || table.partitionOf) return;
        const published = column(table, ['published_at', 'processed_at', 'sent_at', 'dispatched_at', 'published', 'processed']);
        if (!published) return;
        const unpublished = new RegExp(`(^|[^a-z0-9_])${published.name}\\s+IS\\s+NULL|NOT\\s+${published.name}(?![a-z0-9_])`, 'i');
        const indexed = table.indexes.some((ix) =>
          (ix.where !== undefined && unpublished.test(ix.where)) || (!ix.where && ix.elements[0]?.column === published.name),
        );
        if (indexed) return;
        context.report({
          target: { schema: table.schema, table: table.name, column: published.name },
          message: `Outbox ${table.name} has no index on unpublished rows (${published.name}).`,
          help: `Add a partial index, e.g. ON ${table.name} (id) WHERE ${published.name} IS NULL, so the relay's polling stays cheap.`,
          fix: { kind: 'pattern', description: 'Apply the outbox pattern', pattern: 'outbox', target: { schema: table.schema, name: table.name } },
        });
      },
    };
  },
});
