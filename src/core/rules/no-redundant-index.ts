import { isInfrastructureTable } from './heuristics';
import { isPrefixOf } from './index-shapes';
import type { IndexLike } from './schema-index';
import { defineRule } from './types';

/** `a, lower(b) DESC WHERE ...` for messages. */
function describe(ix: IndexLike): string {
  const keys = ix.index
    ? ix.index.elements.map((e) => `${e.column ?? `(${e.expression})`}${e.descending ? ' DESC' : ''}`)
    : ix.columns.map((c) => c ?? '(expression)');
  return keys.join(', ') + (ix.where ? ` WHERE ${ix.where.replace(/\s+/g, ' ')}` : '');
}

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
        // A framework's own table (Django's auth_user_user_permissions, whose index on user_id
        // Django makes beside its unique (user_id, permission_id)) is migrated by the framework:
        // an index dropped by hand comes back or breaks its next migration. A name that only ends
        // like a migration ledger's is too common to tell (Lago's enriched_store_sub_migrations is
        // the application's), and a real ledger has no second index anyway: those are checked.
        if (isInfrastructureTable(table) && !/(^|_)migrations?$/i.test(table.name)) return;
        const indexes = context.index.indexesOf(table);
        indexes.forEach((small, position) => {
          // An index attached to its parent's partitioned index goes with the parent's.
          if (!small.index || small.unique || small.index.partitionOf) return;
          // Of two indexes that are each other's reverse, the later one is reported.
          const covering = indexes.find((big, i) => big !== small && isPrefixOf(small, big) && (big.columns.length > small.columns.length || i < position));
          if (!covering) return;
          context.report({
            target: { schema: table.schema, table: table.name, name: small.name },
            message: `Index ${small.name} (${describe(small)}) is ${covering.columns.length > small.columns.length ? 'a prefix' : 'the reverse'} of ${covering.name} (${describe(covering)}).`,
            help: `${covering.name} serves the same lookups; dropping ${small.name} saves its upkeep on every write.`,
            source: small.index.source,
            suggestions: [{ kind: 'changes', description: `Drop index ${small.name}`, changes: [{ kind: 'drop-index', table: { schema: table.schema, name: table.name }, name: small.name }] }],
          });
        });
      },
    };
  },
});
