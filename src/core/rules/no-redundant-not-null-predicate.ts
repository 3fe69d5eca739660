import { conjunctsOf, notNullTestColumn } from './expressions';
import { withoutSource } from './fixes';
import { columnsNamed } from './heuristics';
import { defineRule } from './types';

/**
 * A partial index `WHERE col IS NOT NULL` on a NOT NULL column (pg-index-health
 * indexes_with_unnecessary_where_clause): the condition is always true, so the index holds every
 * row anyway, but the planner uses it only for queries that repeat the condition (or that it can
 * prove it from), and readers take it for a partial index that skips rows.
 */
export default defineRule({
  meta: {
    id: 'no-redundant-not-null-predicate',
    category: 'indexes',
    description: 'Index predicates must not test IS NOT NULL on a NOT NULL column.',
    recommended: 'info',
    strict: 'warn',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        for (const ix of table.indexes) {
          if (!ix.where || ix.partitionOf) continue;
          const terms = conjunctsOf(ix.where);
          const redundant = terms.filter((t) => {
            const column = notNullTestColumn(t);
            return column !== undefined && columnsNamed(table, column)[0]?.notNull === true;
          });
          if (redundant.length === 0) continue;
          const kept = terms.filter((t) => !redundant.includes(t));
          const ref = { schema: table.schema, name: table.name };
          const index = withoutSource(ix);
          if (kept.length > 0) index.where = kept.map((t) => (kept.length > 1 ? `(${t})` : t)).join(' AND ');
          else delete index.where;
          context.report({
            target: { schema: table.schema, table: table.name, name: ix.name },
            message: `Index ${ix.name} has ${redundant.join(' AND ')} in its predicate, but ${redundant.map(notNullTestColumn).join(', ')} ${redundant.length > 1 ? 'are' : 'is'} NOT NULL.`,
            help: kept.length > 0 ? 'Drop the always-true condition from the predicate.' : 'The index already holds every row: make it a plain index, which every query on its columns can use.',
            source: ix.source,
            fix: {
              kind: 'changes',
              description: `Rebuild ${ix.name} without ${redundant.join(' AND ')}`,
              changes: [
                { kind: 'drop-index', table: ref, name: ix.name },
                { kind: 'add-index', table: ref, index },
              ],
            },
          });
        }
      },
    };
  },
});
