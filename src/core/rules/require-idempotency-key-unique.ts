import { column } from './heuristics';
import { defineRule } from './types';

/**
 * Idempotency table (pattern catalogue): retries are recognised by their key, so the key must be
 * unique (within its scope, e.g. per user); otherwise two concurrent retries both run the side
 * effect.
 */
export default defineRule({
  meta: {
    id: 'require-idempotency-key-unique',
    category: 'patterns',
    description: 'An idempotency table must have a unique key.',
    recommended: 'error',
    strict: 'error',
    pattern: 'idempotency-keys',
  },
  create(context) {
    return {
      table(table) {
        // Tables that merely carry a key (a task with an idempotency_key) are not the pattern's
        // table; the rule is about the table that records keys.
        if (!/idempoten/.test(table.name) || table.partitionOf) return;
        const key = column(table, ['idempotency_key', 'request_key', 'key']);
        if (!key) return;
        const unique = context.index.indexesOf(table).some((ix) => ix.unique && !ix.partial && ix.columns.includes(key.name));
        if (unique) return;
        context.report({
          target: { schema: table.schema, table: table.name, column: key.name },
          message: `${table.name}.${key.name} is not unique.`,
          help: 'Two concurrent retries with the same key would both execute. Make the key (with its scope column, if any) unique.',
          source: key.source,
          fix: { kind: 'pattern', description: 'Apply the idempotency-keys pattern', pattern: 'idempotency-keys', target: { schema: table.schema, name: table.name } },
        });
      },
    };
  },
});
