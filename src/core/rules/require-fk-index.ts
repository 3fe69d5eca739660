import { ownForeignKeys } from './heuristics';
import { fkCoverage, parentKeysOf } from './fk-coverage';
import { fkIndexFix } from './fixes';
import { defineRule } from './types';

/**
 * A foreign key whose columns no index serves: every DELETE or key UPDATE on the referenced
 * table scans the referencing table to check for rows, and joins along the key cannot use an
 * index. Postgres indexes the referenced side (it must be unique) but never the referencing side.
 * What serves the check is decided in fk-coverage.ts.
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
        const foreignKeys = ownForeignKeys(table);
        // (Tools' and platforms' own tables, Supabase's storage.buckets, are not visited: RuleMeta.platformTables.)
        if (foreignKeys.length === 0) return;
        const indexes = context.index.indexesOf(table);
        for (const fk of foreignKeys) {
          const coverage = fkCoverage(table, fk, indexes, parentKeysOf(context.index, fk));
          if (coverage.kind === 'served') continue;
          const key = `${fk.name} (${fk.columns.join(', ')})`;
          const message =
            coverage.kind === 'poorly'
              ? `Foreign key ${key} is served only by ${coverage.index}, ${coverage.why}.`
              : coverage.partial
                ? `Foreign key ${key} has no index the RI check can use: ${coverage.partial.index} is partial (WHERE ${coverage.partial.where.replace(/\s+/g, ' ')}), and the check looks at every row.`
                : `Foreign key ${key} has no index.`;
          context.report({
            target: { schema: table.schema, table: table.name, column: fk.columns[0], name: fk.name },
            message,
            help: `Deleting from ${fk.references.name} or joining on this key ${coverage.kind === 'poorly' ? 'reads far more than it needs to' : `scans all of ${table.name}`}. Index the key columns with a b-tree (a partial one WHERE the key IS NOT NULL serves too).`,
            source: fk.source,
            fix: fkIndexFix(table, fk),
          });
        }
      },
    };
  },
});
