import type { SchemaChange } from '../changes/types';
import { indexSignature } from './index-shapes';
import type { IndexLike } from './schema-index';
import { defineRule } from './types';

/**
 * Two indexes with the same definition: Postgres maintains both on every write and the planner
 * uses one. A unique index serves every lookup a plain one on the same columns does, so the plain
 * one is the duplicate; two identical unique constraints build two identical indexes.
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
    // Keep the one that matters most: a constraint's, then a unique index, then one attached to
    // the parent's partitioned index (dropping it would break the parent's), then the first.
    const rank = (ix: IndexLike) => (ix.constraint ? 0 : ix.unique ? 1 : ix.index?.partitionOf ? 2 : 3);
    return {
      table(table) {
        const candidates = context.index.indexesOf(table).filter((ix) => ix.constraint !== 'exclusion');
        // One index cannot duplicate anything.
        if (candidates.length < 2) return;
        const groups = new Map<string, IndexLike[]>();
        for (const ix of candidates) {
          const signature = indexSignature(ix);
          const group = groups.get(signature) ?? [];
          group.push(ix);
          groups.set(signature, group);
        }
        const ref = { schema: table.schema, name: table.name };
        for (const group of groups.values()) {
          if (group.length < 2) continue;
          const [kept, ...others] = [...group].sort((a, b) => rank(a) - rank(b));
          for (const ix of others) {
            // A unique index next to a plain one, or a unique beside a PK, still enforces something
            // only when the kept one is not unique; a plain index is always the spare.
            if (ix.unique && !kept!.unique) continue;
            const drop: SchemaChange = ix.constraint ? { kind: 'drop-constraint', table: ref, name: ix.name } : { kind: 'drop-index', table: ref, name: ix.name };
            const source = ix.index?.source ?? [...table.uniqueConstraints, ...(table.primaryKey ? [table.primaryKey] : [])].find((c) => c.name === ix.name)?.source;
            context.report({
              target: { schema: table.schema, table: table.name, name: ix.name },
              message: `${ix.constraint ? 'Constraint' : 'Index'} ${ix.name} duplicates ${kept!.name}.`,
              help: 'Every write maintains both. Drop the duplicate (concurrently, on a live database).',
              source,
              fix: { kind: 'changes', description: `Drop ${ix.name}`, changes: [drop] },
            });
          }
        }
      },
    };
  },
});
