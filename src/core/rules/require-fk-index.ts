import { defineRule } from './types';
import { fkIndexFix } from './fixes';

/**
 * A foreign key whose columns do not lead any index: every DELETE or key UPDATE on the referenced
 * table scans the referencing table to check for rows, and joins along the key cannot use an
 * index. Postgres indexes the referenced side (it must be unique) but never the referencing side.
 */
export default defineRule({
  meta: {
    id: 'require-fk-index',
    category: 'indexes',
    description: 'Foreign key columns must be the leading columns of an index.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        // The checks Postgres runs look rows up by equality on the key: a b-tree serves that
        // (hash too, for one column); BRIN, GIN and GiST indexes do not.
        const indexes = context.index.indexesOf(table).filter((ix) => !ix.partial && (ix.method === 'btree' || ix.method === 'hash'));
        for (const fk of table.foreignKeys) {
          const covered = indexes.some((ix) => {
            if (ix.method === 'hash' && (fk.columns.length !== 1 || ix.columns.length !== 1)) return false;
            const leading = ix.columns.slice(0, fk.columns.length);
            // Column order inside the leading prefix does not matter for the lookup.
            return leading.length === fk.columns.length && fk.columns.every((c) => leading.includes(c));
          });
          if (covered) continue;
          context.report({
            target: { schema: table.schema, table: table.name, column: fk.columns[0], name: fk.name },
            message: `Foreign key ${fk.name} (${fk.columns.join(', ')}) has no index.`,
            help: `Deleting from ${fk.references.name} or joining on this key scans all of ${table.name}. Index the key columns.`,
            source: fk.source,
            fix: fkIndexFix(table, fk),
          });
        }
      },
    };
  },
});
