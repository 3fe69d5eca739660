import type { Table } from '../model/types';
import { isInfrastructureTable } from './heuristics';
import { defineRule } from './types';

/**
 * A table of one column that has a default which draws no new value per row holds a single state
 * row (Concourse's `cache_invalidator (last_invalidated timestamp NOT NULL DEFAULT …)`), as does
 * one lone "last" time: every query reads that one row, and no index would help.
 */
function isStateRow(table: Table): boolean {
  const [only, ...rest] = table.columns;
  if (rest.length > 0 || only === undefined || only.identity || only.generated) return false;
  if (only.default !== undefined) return !/\b(nextval|gen_random_uuid|uuid_generate_\w+|random)\s*\(/i.test(only.default);
  // With no default: a lone time named for when something last happened (OpenOLAT's
  // `o_stat_lastupdated (lastupdated timestamp NOT NULL)`, seeded by one INSERT and rewritten by
  // its statistics job). Many rows of nothing but a bare "last" time would say nothing.
  return /^last_?[a-z]/i.test(only.name) && only.type.arrayDims === 0 && /^(timestamp|date$)/.test(only.type.name);
}

/**
 * A hand-made sequence: one integer column, the table or the column named as the next value or a
 * counter (Hive's `NEXT_TXN_ID (NTXN_NEXT bigint NOT NULL)`, seeded by one INSERT and bumped in
 * place). One row, which every query reads whole; no index would help.
 */
function isCounterRow(table: Table): boolean {
  const [only, ...rest] = table.columns;
  if (rest.length > 0 || only === undefined || only.type.schema || only.type.arrayDims > 0) return false;
  if (!['smallint', 'integer', 'bigint', 'numeric'].includes(only.type.name)) return false;
  const words = `${table.name}_${only.name}`.toLowerCase().split(/_+/);
  return words.some((w) => w === 'next' || w === 'counter');
}

/** A table with no index at all (not even a primary key): every lookup is a sequential scan. */
export default defineRule({
  meta: {
    id: 'no-table-without-index',
    category: 'indexes',
    description: 'Tables should have at least one index.',
    // Whether a table is read by lookups or is a handful of rows read whole (a counter, a
    // settings row, a lock) the schema cannot say; a table with no key at all is already
    // require-primary-key's finding. So this only asks (held out: 6 of 11 dismissed).
    recommended: 'info',
    strict: 'info',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      table(table) {
        // pg_partman's template tables and other tools' tables are bare on purpose.
        // A table with no columns (a placeholder, a fixture) has nothing to index.
        if (table.partitionOf || table.partitioning || isInfrastructureTable(table) || table.columns.length === 0 || isStateRow(table) || isCounterRow(table)) return;
        if (context.index.indexesOf(table).length > 0) return;
        context.report({
          target: { schema: table.schema, table: table.name },
          message: `Table ${table.name} has no index.`,
          help: 'Every query reads the whole table. Add a primary key, or index the columns queries filter on.',
        });
      },
    };
  },
});
