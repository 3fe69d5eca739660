import { withoutSource } from './fixes';
import { columnsNamed } from './heuristics';
import { defineRule } from './types';

/**
 * A foreign key over several columns is MATCH SIMPLE by default: Postgres checks a row only when
 * every key column is non-null. With a nullable column, a row whose value there is NULL is not
 * checked at all, so its other key values can name a parent that does not exist. MATCH FULL
 * (all or none NULL) closes the hole, as do NOT NULL columns.
 *
 * The hole matters only where the unchecked values mean something: the multi-tenant shape
 * FOREIGN KEY (tenant_id, parent_id) with only parent_id nullable is sound when tenant_id has
 * its own foreign key, since a NULL parent_id then just means "no parent".
 */
export default defineRule({
  meta: {
    id: 'require-fk-match-full',
    category: 'keys',
    description: 'A multi-column foreign key with a nullable column must be MATCH FULL (or its columns NOT NULL).',
    recommended: 'warn',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        if (table.partitionOf) return;
        const notNull = (c: string) => columnsNamed(table, c)[0]?.notNull === true;
        for (const fk of table.foreignKeys) {
          if (fk.columns.length < 2 || fk.match !== 'simple') continue;
          const nullable = fk.columns.filter((c) => !notNull(c));
          if (nullable.length === 0) continue;
          // A column is still checked when another foreign key covers it without the nullable
          // column: a narrower one, or one over NOT NULL columns only, which checks every row. A
          // booking's (branch_id, company_id) beside its (trip_id, company_id), both NOT NULL:
          // with no branch, company_id is still checked through the trip.
          const checkedElsewhere = (column: string, without: string) =>
            table.foreignKeys.some((other) => other !== fk && (other.columns.length < fk.columns.length || other.columns.every(notNull)) && other.columns.includes(column) && !other.columns.includes(without));
          // A NOT NULL column of the table's own composite primary key is the row's scope, not a
          // reference that can dangle (NBXplorer's txs (code, tx_id) with FOREIGN KEY (code, blk_id):
          // code is the chain every row has; a NULL blk_id means no block, and MATCH FULL would
          // reject every such row).
          const pk = table.primaryKey?.columns ?? [];
          const ownScope = (column: string) => pk.length > 1 && pk.includes(column) && notNull(column);
          const hole = nullable.flatMap((n) => fk.columns.filter((c) => c !== n && !checkedElsewhere(c, n) && !ownScope(c)).map((c) => [n, c] as const))[0];
          if (!hole) continue;
          // A CHECK that ties the columns' nullness together (all or none) closes the hole too.
          const guarded = table.checks.some((check) => /num_(non)?nulls|IS (NOT )?NULL/i.test(check.expression) && fk.columns.every((c) => new RegExp(`(^|[^a-z0-9_])${c}([^a-z0-9_]|$)`).test(check.expression)));
          if (guarded) continue;
          const [nullColumn, unchecked] = hole;
          const ref = { schema: table.schema, name: table.name };
          context.report({
            target: { schema: table.schema, table: table.name, name: fk.name },
            message: `Foreign key ${fk.name} (${fk.columns.join(', ')}) is MATCH SIMPLE and ${nullColumn} is nullable: a row with ${nullColumn} NULL is not checked, so its ${unchecked} can name no row of ${fk.references.name}.`,
            help: `Declare it MATCH FULL (every key column NULL, or none), or make ${nullable.join(', ')} NOT NULL.`,
            source: fk.source,
            suggestions: [
              {
                kind: 'changes',
                description: `Make ${fk.name} MATCH FULL (rows with some key columns NULL will fail validation)`,
                changes: [
                  { kind: 'drop-constraint', table: ref, name: fk.name },
                  { kind: 'add-constraint', table: ref, constraint: { type: 'foreign-key', ...withoutSource(fk), match: 'full' } },
                ],
              },
            ],
          });
        }
      },
    };
  },
});
